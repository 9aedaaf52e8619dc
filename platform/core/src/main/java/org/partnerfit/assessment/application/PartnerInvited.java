package org.partnerfit.assessment.application;

import java.time.LocalDate;

import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * A partner contact can start answering: they were invited to an open assessment, or the draft
 * they were invited to has opened. Fired inside the action's transaction; it carries what a
 * notification needs, so an observer after the commit does not have to read tenant data again.
 */
public record PartnerInvited(TenantId tenant, long invitationId, String firmName, String contactEmail,
                             String assessmentName, LocalDate dueDate) {

    static PartnerInvited of(TenantId tenant, Invitation invitation) {
        return new PartnerInvited(tenant, invitation.getId(), invitation.getFirmName(), invitation.getContactEmail(),
                invitation.getAssessment().getName(), invitation.getAssessment().getDueDate());
    }
}
