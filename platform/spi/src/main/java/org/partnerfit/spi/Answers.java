package org.partnerfit.spi;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Answers keyed by question key; a multi-choice answer has several values, others one. Serializable, as the entity that holds them is. */
public record Answers(Map<String, List<String>> values) implements Serializable {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        values = Map.copyOf(values == null ? Map.of() : values);
    }

    public List<String> all(String key) {
        List<String> answer = values.get(key);
        return answer == null ? List.of() : answer.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    public Optional<String> first(String key) {
        return all(key).stream().findFirst();
    }

    public boolean answered(String key) {
        return !all(key).isEmpty();
    }

    /** A 1-to-5 scale answer, empty when missing or out of range. */
    public OptionalInt scale(String key) {
        return first(key)
                .filter(v -> v.matches("[1-5]"))
                .map(v -> OptionalInt.of(Integer.parseInt(v)))
                .orElse(OptionalInt.empty());
    }

    /** A numeric answer (number, percentage, money), empty when missing or not a finite number. */
    public OptionalDouble number(String key) {
        Optional<String> text = first(key);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text.get().trim());
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
