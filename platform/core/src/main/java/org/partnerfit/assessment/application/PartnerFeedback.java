package org.partnerfit.assessment.application;

import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.persistence.Revisions;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Feedback a client writes for one partner firm and decides to share with it. Nothing reaches the
 * firm until it is shared; sharing can be withdrawn. A firm reads only its own feedback, and its
 * own scores only when the client chose to include them.
 */
@Stateless
public class PartnerFeedback {

    static final int MAX_LENGTH = 4000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private AuditTrail audit;

    @EJB
    private PartnerGrants grants;

    @EJB
    private ReviewService reviews;

    @Inject
    private Event<FeedbackShared> shared;

    @Resource
    private SessionContext caller;

    /** The client's view of the feedback for one firm of its tenant. */
    public FeedbackDraft draft(TenantId tenant, long invitationId) {
        tenancy.enter(em, tenant);
        return draftOf(Lookup.invitation(em, invitationId));
    }

    public FeedbackDraft share(TenantId tenant, long invitationId, String text, boolean withScores) {
        return share(tenant, invitationId, text, withScores, null);
    }

    /**
     * Shares the feedback, replacing what was shared; refused when it was shared or withdrawn
     * again since {@code readRevision} was read (null: not checked), so that two assessors
     * writing at once do not replace each other's text unseen.
     */
    public FeedbackDraft share(TenantId tenant, long invitationId, String text, boolean withScores, Long readRevision) {
        tenancy.enter(em, tenant);
        Invitation invitation = Lookup.invitation(em, invitationId); // another tenant's id is not found, whatever the text
        Revisions.expect(readRevision, invitation.getFeedbackRevision());
        text = org.partnerfit.shared.LineBreaks.unified(text);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Wording.of("feedback.empty"), "text", Wording.of("problem.required"));
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(Wording.of("feedback.long", MAX_LENGTH), "text", Wording.of("problem.tooLong"));
        }
        invitation.shareFeedback(text, withScores, caller.getCallerPrincipal().getName());
        audit.record(AuditAction.FEEDBACK_SHARED, tenant, "invitation " + invitationId + " " + invitation.getFirmName(),
                withScores ? "with scores" : "text only");
        shared.fire(FeedbackShared.of(tenant, invitation));
        return draftOf(invitation);
    }

    public FeedbackDraft withdraw(TenantId tenant, long invitationId) {
        tenancy.enter(em, tenant);
        Invitation invitation = Lookup.invitation(em, invitationId);
        if (invitation.isFeedbackShared()) {
            invitation.withdrawFeedback();
            audit.record(AuditAction.FEEDBACK_WITHDRAWN, tenant, "invitation " + invitationId + " " + invitation.getFirmName(), null);
        }
        return draftOf(invitation);
    }

    /** What the contact's firm may read now; empty while the client has shared nothing. */
    public Optional<SharedFeedback> forPartner(PartnerContact contact, long invitationId) {
        TenantId tenant = grants.tenantOf(contact, invitationId);
        tenancy.enter(em, tenant);
        Invitation invitation = Lookup.invitation(em, invitationId);
        if (!invitation.isFeedbackShared()) {
            return Optional.empty();
        }
        if (!invitation.isFeedbackWithScores()) {
            return Optional.of(new SharedFeedback(invitationId, invitation.getAssessment().getName(),
                    invitation.getFeedback(), invitation.getFeedbackSharedAt(), null, null));
        }
        PartnerResult own = reviews.review(tenant, invitation.getAssessment().getId()).partners().stream()
                .filter(p -> p.invitationId() == invitationId).findFirst()
                .orElseThrow(() -> new NotFoundException("No such invitation."));
        return Optional.of(new SharedFeedback(invitationId, invitation.getAssessment().getName(), invitation.getFeedback(),
                invitation.getFeedbackSharedAt(),
                own.criteria().stream().map(c -> new SharedFeedback.CriterionScore(c.pluginId(), c.criterionName(),
                        c.effectiveValue())).toList(),
                own.weightedTotal()));
    }

    private static FeedbackDraft draftOf(Invitation invitation) {
        return new FeedbackDraft(invitation.getId(), invitation.getFirmName(), invitation.getFeedback(),
                invitation.isFeedbackWithScores(), invitation.getFeedbackSharedAt(), invitation.getFeedbackSharedBy(),
                invitation.getFeedbackRevision());
    }
}
