package org.partnerfit.assessment.application;

import java.time.LocalDate;
import java.util.List;

import org.partnerfit.assessment.domain.AssessmentStatus;

/** An assessment as its assessors see it: every invited partner firm, ranked by weighted total. */
public record AssessmentReview(long id, String name, String description, AssessmentStatus status, LocalDate dueDate,
                               List<PinnedCriterion> criteria, List<PartnerResult> partners) {
}
