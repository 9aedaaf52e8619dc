package org.partnerfit.spi;

import java.util.List;
import java.util.Objects;

/**
 * A scorer's verdict: a value from 0 to 100, a confidence from 0 to 1 (how much of what the
 * score needs was actually answered), the points per question, a rationale a person can read,
 * and red flags that an assessor should look at whatever the value.
 */
public record Score(double value, double confidence, List<Contribution> contributions, Text rationale, List<Text> redFlags) {

    public Score {
        if (Double.isNaN(value) || value < 0 || value > 100) {
            throw new IllegalArgumentException("Score value must be within 0..100: " + value);
        }
        if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("Confidence must be within 0..1: " + confidence);
        }
        Objects.requireNonNull(rationale, "rationale is required");
        contributions = List.copyOf(contributions == null ? List.of() : contributions);
        redFlags = List.copyOf(redFlags == null ? List.of() : redFlags);
    }
}
