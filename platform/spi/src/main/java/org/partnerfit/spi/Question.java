package org.partnerfit.spi;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One question: a key unique in its questionnaire, how it is answered, its bilingual text, and
 * optionally a unit (for numbers and money), the file types an evidence slot accepts, and a
 * condition under which it is shown at all. Build one with the static factories and refine it
 * with the {@code with…} methods:
 *
 * <pre>{@code
 * Question.number("attrition", label, help, Text.of("% a year", "%/年")).optional()
 * Question.evidence("caseStudy", label, help, List.of("pdf", "docx")).showIf(ShowIf.answered("similarProjects", "yes"))
 * }</pre>
 */
public record Question(String key, QuestionType type, Text label, Text help, boolean required, List<Choice> choices,
                       Text unit, List<String> evidenceTypes, ShowIf showIf) {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]{0,62}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    public Question {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Question key must be letters, digits, '_' or '-': " + key);
        }
        Objects.requireNonNull(type, "question type is required");
        Objects.requireNonNull(label, "question label is required");
        choices = List.copyOf(choices == null ? List.of() : choices);
        evidenceTypes = List.copyOf(evidenceTypes == null ? List.of() : evidenceTypes);
        if ((type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTI_CHOICE) && choices.isEmpty()) {
            throw new IllegalArgumentException("Question " + key + " needs choices");
        }
        if (choices.stream().map(Choice::value).distinct().count() != choices.size()) {
            throw new IllegalArgumentException("Question " + key + " has two choices with the same value");
        }
        if (type == QuestionType.EVIDENCE && evidenceTypes.isEmpty()) {
            throw new IllegalArgumentException("Evidence slot " + key + " needs the file types it accepts");
        }
    }

    /** A 1-to-5 scale whose five steps are labelled by {@code steps}. */
    public static Question scale(String key, Text label, Text help, List<Choice> steps) {
        return new Question(key, QuestionType.SCALE, label, help, true, steps, null, null, null);
    }

    public static Question single(String key, Text label, Text help, List<Choice> choices) {
        return new Question(key, QuestionType.SINGLE_CHOICE, label, help, true, choices, null, null, null);
    }

    public static Question multi(String key, Text label, Text help, List<Choice> choices) {
        return new Question(key, QuestionType.MULTI_CHOICE, label, help, true, choices, null, null, null);
    }

    /** A number in {@code unit} (hours, years, months, people...). */
    public static Question number(String key, Text label, Text help, Text unit) {
        return new Question(key, QuestionType.NUMBER, label, help, true, null, unit, null, null);
    }

    /** 0 to 100. */
    public static Question percentage(String key, Text label, Text help) {
        return new Question(key, QuestionType.PERCENTAGE, label, help, true, null, Text.of("%", "%"), null, null);
    }

    /** An amount in {@code currency}. */
    public static Question money(String key, Text label, Text help, Text currency) {
        return new Question(key, QuestionType.MONEY, label, help, true, null, currency, null, null);
    }

    /** A date as {@code yyyy-mm-dd}. */
    public static Question date(String key, Text label, Text help) {
        return new Question(key, QuestionType.DATE, label, help, true, null, null, null, null);
    }

    /** An optional free-text question. */
    public static Question text(String key, Text label, Text help) {
        return new Question(key, QuestionType.TEXT, label, help, false, null, null, null, null);
    }

    /** An optional file upload accepting the given file extensions (without dot: {@code pdf}, {@code png}). */
    public static Question evidence(String key, Text label, Text help, List<String> fileTypes) {
        return new Question(key, QuestionType.EVIDENCE, label, help, false, null, null, fileTypes, null);
    }

    public Question optional() {
        return new Question(key, type, label, help, false, choices, unit, evidenceTypes, showIf);
    }

    public Question mandatory() {
        return new Question(key, type, label, help, true, choices, unit, evidenceTypes, showIf);
    }

    public Question showIf(ShowIf condition) {
        return new Question(key, type, label, help, required, choices, unit, evidenceTypes, condition);
    }

    /** Whether this question is asked, given the answers so far. */
    public boolean shownFor(Answers answers) {
        return showIf == null || showIf.holdsFor(answers);
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
            case NUMBER, MONEY -> NUMBER.matcher(value).matches();
            case PERCENTAGE -> NUMBER.matcher(value).matches() && Double.parseDouble(value) >= 0
                    && Double.parseDouble(value) <= 100;
            case DATE -> isDate(value);
            case TEXT -> value.length() <= 10_000;
            case EVIDENCE -> value.length() <= 255;
        };
    }

    private static boolean isDate(String value) {
        try {
            java.time.LocalDate.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
