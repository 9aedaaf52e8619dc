package org.partnerfit.spi;

/** How a question is answered, and so how the portal renders it. */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTI_CHOICE,
    /** 1 to 5; the choices, if given, label the ends and steps. */
    SCALE,
    NUMBER,
    PERCENTAGE,
    MONEY,
    DATE,
    TEXT,
    EVIDENCE
}
