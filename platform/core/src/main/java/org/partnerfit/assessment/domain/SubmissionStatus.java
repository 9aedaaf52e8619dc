package org.partnerfit.assessment.domain;

/**
 * A partner's answers to one criterion are a draft until submitted; then they are locked, unless
 * an assessor returns them for changes.
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, RETURNED
}
