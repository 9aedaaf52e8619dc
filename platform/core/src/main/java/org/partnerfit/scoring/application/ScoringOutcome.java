package org.partnerfit.scoring.application;

import org.partnerfit.spi.Score;
import org.partnerfit.spi.Text;

/** Either a plugin's score or, when the plugin threw or ran too long, why there is none. */
public record ScoringOutcome(Score score, Text failure, String inputsHash) {

    public boolean failed() {
        return score == null;
    }
}
