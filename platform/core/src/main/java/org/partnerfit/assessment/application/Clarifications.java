package org.partnerfit.assessment.application;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.Clarification;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.StateConflictException;
import org.partnerfit.shared.Wording;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * The threads between a client's assessors and a partner firm, one per criterion. Either side
 * writes while the assessment is open or in review; every message is timestamped.
 */
@Stateless
public class Clarifications {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private PartnerGrants grants;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext caller;

    @Inject
    private jakarta.enterprise.event.Event<ClarificationPosted> posted;

    /** An assessor asks the partner firm about one criterion. */
    public ClarificationMessage ask(TenantId tenant, long invitationId, String pluginId, String body) {
        tenancy.enter(em, tenant);
        return post(tenant, Lookup.invitation(em, invitationId), pluginId, caller.getCallerPrincipal().getName(), true, body);
    }

    /** The partner contact writes in the thread of one criterion (answering or asking). */
    public ClarificationMessage reply(PartnerContact contact, long invitationId, String pluginId, String body) {
        TenantId tenant = grants.tenantOf(contact, invitationId);
        tenancy.enter(em, tenant);
        return post(tenant, Lookup.invitation(em, invitationId), pluginId, contact.email(), false, body);
    }

    /** Every message of an invitation, oldest first, as its partner contact sees them. */
    public List<ClarificationMessage> forPartner(PartnerContact contact, long invitationId) {
        tenancy.enter(em, grants.tenantOf(contact, invitationId));
        return thread(Lookup.invitation(em, invitationId));
    }

    /** Every message of an invitation, oldest first, as the client's people see them. */
    public List<ClarificationMessage> forClient(TenantId tenant, long invitationId) {
        tenancy.enter(em, tenant);
        return thread(Lookup.invitation(em, invitationId));
    }

    private List<ClarificationMessage> thread(Invitation invitation) {
        return em.createNamedQuery("Clarification.ofInvitation", Clarification.class)
                .setParameter("invitation", invitation).getResultStream().map(ClarificationMessage::of).toList();
    }

    private ClarificationMessage post(TenantId tenant, Invitation invitation, String pluginId, String author,
                                      boolean fromAssessor, String body) {
        var criterion = Lookup.criterion(invitation, pluginId);
        AssessmentStatus status = invitation.getAssessment().getStatus();
        if (status != AssessmentStatus.OPEN && status != AssessmentStatus.IN_REVIEW) {
            throw new StateConflictException(Wording.of("clarification.onlyOpenOrInReview", status.wording()), "assessment");
        }
        body = org.partnerfit.shared.LineBreaks.unified(body);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(Wording.of("clarification.empty"), "body", Wording.of("problem.required"));
        }
        if (body.length() > Clarification.MAX_LENGTH) {
            throw new InvalidInputException(Wording.of("clarification.long", Clarification.MAX_LENGTH),
                    "body", Wording.of("problem.tooLong"));
        }
        Clarification message = new Clarification(invitation, pluginId, author, fromAssessor, body.strip());
        em.persist(message);
        em.flush();
        audit.record(AuditAction.CLARIFICATION_SENT, tenant, "invitation " + invitation.getId() + " / " + pluginId,
                fromAssessor ? "from the client to " + invitation.getFirmName() : "from " + invitation.getFirmName());
        posted.fire(ClarificationPosted.of(tenant, invitation, criterion, fromAssessor));
        return ClarificationMessage.of(message);
    }
}
