package org.partnerfit.assessment.application;

import java.time.LocalDate;
import java.util.List;

import org.partnerfit.assessment.domain.AssessmentStatus;

/**
 * What a partner contact sees of one invitation: the assessment, the criteria to answer, and
 * whether the client has shared feedback with the firm (read it with {@link PartnerFeedback}).
 */
public record PartnerInvitation(long invitationId, String clientName, String firmName, String assessmentName,
                                String description, LocalDate dueDate, AssessmentStatus status,
                                List<CriterionTask> criteria, boolean feedbackShared) {
}
