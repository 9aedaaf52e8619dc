package org.partnerfit.assessment.domain;

/** Where an assessment is in its life. */
public enum AssessmentStatus {
    DRAFT, OPEN, IN_REVIEW, DECIDED, ARCHIVED
}
