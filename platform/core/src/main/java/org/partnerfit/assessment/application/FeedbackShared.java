package org.partnerfit.assessment.application;

import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.tenancy.domain.TenantId;

/** A client shared its feedback with one partner firm; carries who to tell, not what it says. */
public record FeedbackShared(TenantId tenant, long invitationId, String firmName, String contactEmail, String assessmentName) {

    static FeedbackShared of(TenantId tenant, Invitation invitation) {
        return new FeedbackShared(tenant, invitation.getId(), invitation.getFirmName(), invitation.getContactEmail(),
                invitation.getAssessment().getName());
    }
}
