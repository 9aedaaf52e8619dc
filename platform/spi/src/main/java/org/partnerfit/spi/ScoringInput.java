package org.partnerfit.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a scorer may look at: the partner's answers, the files they attached (metadata
 * only), the client's profile and the client admin's configuration of this criterion.
 */
public record ScoringInput(Answers partner, List<Evidence> evidence, Answers clientProfile, Map<String, String> configuration) {

    public ScoringInput {
        Objects.requireNonNull(partner, "partner answers are required");
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        clientProfile = clientProfile == null ? Answers.NONE : clientProfile;
        configuration = Map.copyOf(configuration == null ? Map.of() : configuration);
    }

    /** Answers alone, no evidence. */
    public ScoringInput(Answers partner, Answers clientProfile, Map<String, String> configuration) {
        this(partner, List.of(), clientProfile, configuration);
    }

    /** The files attached to one question. */
    public List<Evidence> evidenceFor(String questionKey) {
        return evidence.stream().filter(e -> e.questionKey().equals(questionKey)).toList();
    }
}
