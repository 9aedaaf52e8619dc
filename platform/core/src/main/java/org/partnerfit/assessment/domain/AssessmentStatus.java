package org.partnerfit.assessment.domain;

import org.partnerfit.shared.Wording;

/** Where an assessment is in its life. */
public enum AssessmentStatus {
    DRAFT, OPEN, IN_REVIEW, DECIDED, ARCHIVED;

    /** The status as a refusal names it, in the reader's language. */
    public Wording wording() {
        return Wording.of("status." + name());
    }
}
