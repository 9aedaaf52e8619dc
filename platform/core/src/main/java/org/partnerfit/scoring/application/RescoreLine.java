package org.partnerfit.scoring.application;

import org.partnerfit.spi.Text;

/** One partner's score for a criterion under the pinned version and under a newer one. */
public record RescoreLine(String firmName, Double pinnedValue, Double pinnedConfidence, Double newValue,
                          Double newConfidence, Text newFailure) {

    /** New minus pinned value; null when either is missing. */
    public Double delta() {
        return pinnedValue == null || newValue == null ? null : Math.round((newValue - pinnedValue) * 10) / 10.0;
    }
}
