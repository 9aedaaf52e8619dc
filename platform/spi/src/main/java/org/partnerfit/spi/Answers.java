package org.partnerfit.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Answers keyed by question key; a multi-choice answer has several values, others one. */
public record Answers(Map<String, List<String>> values) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        values = Map.copyOf(values);
    }

    public List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    public Optional<String> first(String key) {
        return all(key).stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }

    /** A 1-to-5 scale answer, empty when missing or out of range. */
    public OptionalInt scale(String key) {
        return first(key)
                .filter(v -> v.matches("[1-5]"))
                .map(v -> OptionalInt.of(Integer.parseInt(v)))
                .orElse(OptionalInt.empty());
    }
}
