package org.partnerfit.assessment.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.EvidenceFile;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.Recommendation;
import org.partnerfit.assessment.domain.Submission;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.scoring.application.SubmissionScorer;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.StateConflictException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * What an assessor decides while reviewing: an override with its reason, answers returned to the
 * partner, evidence verified (the criterion is then scored again with that knowledge) and a final
 * recommendation per partner firm. Only while the assessment is open or in review.
 */
@Stateless
public class ReviewDecisions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private AuditTrail audit;

    @EJB
    private Clarifications clarifications;

    @EJB
    private PluginRegistry plugins;

    @EJB
    private SubmissionScorer scorer;

    @Resource
    private SessionContext caller;

    public void override(TenantId tenant, long invitationId, String pluginId, Double value, String justification) {
        Submission submission = reviewable(tenant, invitationId, pluginId);
        if (value == null) {
            throw new InvalidInputException(Wording.of("override.valueRequired"), "value", Wording.of("problem.required"));
        }
        justification = org.partnerfit.shared.LineBreaks.unified(justification);
        if (justification == null || justification.strip().length() < 10) {
            throw new InvalidInputException(Wording.of("override.justificationShort"),
                    "justification", Wording.of("problem.atLeastCharacters", 10));
        }
        if (justification.length() > 2000) {
            throw new InvalidInputException(Wording.of("override.justificationLong", 2000), "justification", Wording.of("problem.tooLong"));
        }
        submission.override(value, justification, assessor());
        audit.record(AuditAction.SCORE_OVERRIDDEN, tenant, "invitation " + invitationId + " / " + pluginId,
                "value " + value + ": " + justification.strip());
    }

    /** Unlocks submitted answers for the partner to change, saying why in the criterion's thread. */
    public void returnToPartner(TenantId tenant, long invitationId, String pluginId, String reason) {
        Submission submission = reviewable(tenant, invitationId, pluginId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Wording.of("return.reasonRequired"), "reason", Wording.of("problem.required"));
        }
        if (submission.getInvitation().getAssessment().getStatus() != AssessmentStatus.OPEN) {
            throw new StateConflictException(Wording.of("return.onlyWhileOpen"), "assessment");
        }
        submission.returnToPartner();
        clarifications.ask(tenant, invitationId, pluginId, reason);
        audit.record(AuditAction.SUBMISSION_RETURNED, tenant, "invitation " + invitationId + " / " + pluginId, reason);
    }

    public void recommend(TenantId tenant, long invitationId, Recommendation recommendation, String note) {
        tenancy.enter(em, tenant);
        Invitation invitation = Lookup.invitation(em, invitationId);
        requireReviewable(invitation);
        if (recommendation == null) {
            throw new InvalidInputException(Wording.of("recommendation.required"), "recommendation", Wording.of("problem.required"));
        }
        note = org.partnerfit.shared.LineBreaks.unified(note);
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException(Wording.of("recommendation.noteLong", 2000), "note", Wording.of("problem.tooLong"));
        }
        invitation.recommend(recommendation, note, assessor());
        audit.record(AuditAction.PARTNER_RECOMMENDED, tenant, "invitation " + invitationId + " " + invitation.getFirmName(),
                recommendation + (note == null || note.isBlank() ? "" : ": " + note.strip()));
    }

    /** Marks a file as checked and scores its criterion again, so the plugin can trust it more. */
    public void verifyEvidence(TenantId tenant, long evidenceId) {
        tenancy.enter(em, tenant);
        EvidenceFile file = Lookup.evidence(em, evidenceId);
        Submission submission = file.getSubmission();
        requireReviewable(submission.getInvitation());
        file.verify(assessor());
        em.flush();
        if (submission.isLocked()) {
            plugins.plugin(submission.getCriterion().getPluginId(), submission.getCriterion().getPluginVersion())
                    .ifPresent(plugin -> scorer.score(submission, plugin));
        }
        audit.record(AuditAction.EVIDENCE_VERIFIED, tenant, "invitation " + submission.getInvitation().getId() + " / "
                + submission.getCriterion().getPluginId(), file.info().fileName());
    }

    private Submission reviewable(TenantId tenant, long invitationId, String pluginId) {
        tenancy.enter(em, tenant);
        Invitation invitation = Lookup.invitation(em, invitationId);
        requireReviewable(invitation);
        return Lookup.submittedOrFail(em, invitation, pluginId);
    }

    private static void requireReviewable(Invitation invitation) {
        AssessmentStatus status = invitation.getAssessment().getStatus();
        if (status != AssessmentStatus.OPEN && status != AssessmentStatus.IN_REVIEW) {
            throw new StateConflictException(Wording.of("review.onlyOpenOrInReview", status.wording()), "assessment");
        }
    }

    private String assessor() {
        return caller.getCallerPrincipal().getName();
    }
}
