package org.partnerfit.spi;

import java.util.List;
import java.util.Objects;

/** Shows a question only when an earlier question was answered with one of some values. */
public record ShowIf(String questionKey, List<String> values) {

    public ShowIf {
        Objects.requireNonNull(questionKey, "the question a condition looks at is required");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A condition needs at least one value");
        }
    }

    public static ShowIf answered(String questionKey, String... values) {
        return new ShowIf(questionKey, List.of(values));
    }

    public boolean holdsFor(Answers answers) {
        return answers.all(questionKey).stream().anyMatch(values::contains);
    }
}
