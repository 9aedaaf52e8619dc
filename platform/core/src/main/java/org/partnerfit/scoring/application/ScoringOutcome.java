package org.partnerfit.scoring.application;

import org.partnerfit.spi.Score;

/** Either a plugin's score or, when the plugin threw or ran too long, why there is none. */
public record ScoringOutcome(Score score, String failure, String inputsHash) {

    public boolean failed() {
        return score == null;
    }
}
