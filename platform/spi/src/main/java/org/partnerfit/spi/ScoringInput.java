package org.partnerfit.spi;

import java.util.Map;
import java.util.Objects;

/** Everything a scorer may look at: the partner's answers, the client's profile and its configuration. */
public record ScoringInput(Answers partner, Answers clientProfile, Map<String, String> configuration) {

    public ScoringInput {
        Objects.requireNonNull(partner, "partner answers are required");
        clientProfile = clientProfile == null ? Answers.NONE : clientProfile;
        configuration = Map.copyOf(configuration == null ? Map.of() : configuration);
    }
}
