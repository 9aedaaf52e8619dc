package org.partnerfit.assessment.domain;

/** An assessor's final word on one partner firm. */
public enum Recommendation {
    RECOMMENDED, RESERVE, NOT_RECOMMENDED
}
