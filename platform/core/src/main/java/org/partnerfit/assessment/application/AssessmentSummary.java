package org.partnerfit.assessment.application;

import java.time.LocalDate;

import org.partnerfit.assessment.domain.AssessmentStatus;

/** One line of a tenant's list of assessments. */
public record AssessmentSummary(long id, String name, AssessmentStatus status, LocalDate dueDate, int invitedFirms) {
}
