package org.partnerfit.assessment.application;

import org.partnerfit.assessment.domain.AssessmentCriterion;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Someone wrote in the clarification thread of one criterion of an invitation. Carries who the
 * thread is with and which side wrote, not the message: the text stays behind the tenant wall.
 */
public record ClarificationPosted(TenantId tenant, long invitationId, String firmName, String contactEmail,
                                  String assessmentName, String pluginId, String pluginVersion, boolean fromAssessor) {

    static ClarificationPosted of(TenantId tenant, Invitation invitation, AssessmentCriterion criterion, boolean fromAssessor) {
        return new ClarificationPosted(tenant, invitation.getId(), invitation.getFirmName(), invitation.getContactEmail(),
                invitation.getAssessment().getName(), criterion.getPluginId(), criterion.getPluginVersion(), fromAssessor);
    }
}
