package org.partnerfit.spi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** One question: a key unique in its questionnaire, how it is answered, and its bilingual text. */
public record Question(String key, QuestionType type, Text label, Text help, boolean required, List<Choice> choices) {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]{0,62}");

    public Question {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Question key must be letters, digits, '_' or '-': " + key);
        }
        Objects.requireNonNull(type, "question type is required");
        Objects.requireNonNull(label, "question label is required");
        choices = List.copyOf(choices == null ? List.of() : choices);
        if ((type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTI_CHOICE) && choices.isEmpty()) {
            throw new IllegalArgumentException("Question " + key + " needs choices");
        }
    }

    /** A 1-to-5 scale whose five steps are labelled by {@code steps}. */
    public static Question scale(String key, Text label, Text help, List<Choice> steps) {
        return new Question(key, QuestionType.SCALE, label, help, true, steps);
    }

    /** An optional free-text question. */
    public static Question text(String key, Text label, Text help) {
        return new Question(key, QuestionType.TEXT, label, help, false, List.of());
    }

    /** Whether {@code value} is an acceptable answer to this question. */
    public boolean accepts(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (type) {
            case SCALE -> choices.isEmpty()
                    ? value.matches("[1-5]")
                    : choices.stream().anyMatch(c -> c.value().equals(value));
            case SINGLE_CHOICE, MULTI_CHOICE -> choices.stream().anyMatch(c -> c.value().equals(value));
            case NUMBER, MONEY -> value.matches("-?\\d{1,15}(\\.\\d{1,6})?");
            case PERCENTAGE -> value.matches("\\d{1,3}(\\.\\d{1,6})?") && Double.parseDouble(value) <= 100;
            case DATE -> value.matches("\\d{4}-\\d{2}-\\d{2}");
            case TEXT, EVIDENCE -> value.length() <= 10_000;
        };
    }
}
