package org.partnerfit.assessment.application;

import java.time.Instant;

/** An assessor's value for a criterion, shown beside the computed one with the reason for it. */
public record ScoreOverride(double value, String justification, String by, Instant at) {
}
