package org.partnerfit.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One question: a key unique in its questionnaire, how it is answered, its bilingual text, and
 * optionally a unit (for numbers and money), the smallest and largest number accepted, the file
 * types an evidence slot accepts, and a condition under which it is shown at all. Build one with
 * the static factories and refine it with the other methods:
 *
 * <pre>{@code
 * Question.number("attrition", label, help, Text.of("% a year", "%/年")).atMost(100).optional()
 * Question.evidence("caseStudy", label, help, List.of("pdf", "docx")).showIf(ShowIf.answered("similarProjects", "yes"))
 * }</pre>
 */
public record Question(String key, QuestionType type, Text label, Text help, boolean required, List<Choice> choices,
                       Text unit, List<String> evidenceTypes, ShowIf showIf, Double min, Double max) {

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
        min = finiteOrNull(min);
        max = finiteOrNull(max);
        if ((min != null || max != null) && !numeric(type)) {
            throw new IllegalArgumentException("Question " + key + " is no number and can have no smallest or largest value");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("Question " + key + " accepts nothing: its smallest value is above its largest");
        }
    }

    /**
     * The form of the first SPI release, without bounds, kept so that plugins built against it
     * still link; a number or money question built this way accepts nothing below 0.
     */
    public Question(String key, QuestionType type, Text label, Text help, boolean required, List<Choice> choices,
                    Text unit, List<String> evidenceTypes, ShowIf showIf) {
        this(key, type, label, help, required, choices, unit, evidenceTypes, showIf, defaultMin(type), defaultMax(type));
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

    /** A number in {@code unit} (hours, years, months, people...), 0 or more unless {@link #atLeast} says otherwise. */
    public static Question number(String key, Text label, Text help, Text unit) {
        return new Question(key, QuestionType.NUMBER, label, help, true, null, unit, null, null);
    }

    /** 0 to 100. */
    public static Question percentage(String key, Text label, Text help) {
        return new Question(key, QuestionType.PERCENTAGE, label, help, true, null, Text.of("%", "%"), null, null);
    }

    /** An amount in {@code currency}, 0 or more unless {@link #atLeast} says otherwise. */
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
        return new Question(key, type, label, help, false, choices, unit, evidenceTypes, showIf, min, max);
    }

    public Question mandatory() {
        return new Question(key, type, label, help, true, choices, unit, evidenceTypes, showIf, min, max);
    }

    public Question showIf(ShowIf condition) {
        return new Question(key, type, label, help, required, choices, unit, evidenceTypes, condition, min, max);
    }

    /**
     * The smallest number accepted. Numbers and money accept nothing below 0 unless a question
     * says otherwise ({@code atLeast(-50)}; {@code Double.NEGATIVE_INFINITY} for no limit).
     */
    public Question atLeast(double smallest) {
        return new Question(key, type, label, help, required, choices, unit, evidenceTypes, showIf, smallest, max);
    }

    /** The largest number accepted ({@code Double.POSITIVE_INFINITY} for no limit, the default). */
    public Question atMost(double largest) {
        return new Question(key, type, label, help, required, choices, unit, evidenceTypes, showIf, min, largest);
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
            case NUMBER, MONEY, PERCENTAGE -> isNumber(value) && !belowMinimum(value) && !aboveMaximum(value);
            case DATE -> isDate(value);
            case TEXT -> value.length() <= 10_000;
            case EVIDENCE -> value.length() <= 255;
        };
    }

    /** A number written as a number question takes it: 0 rather than 0.0, at most six decimals. */
    public static String asAnswer(double number) {
        return BigDecimal.valueOf(number).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Whether {@code value} is a number written as this question accepts it, in range or not. */
    public boolean isNumber(String value) {
        return numeric(type) && value != null && NUMBER.matcher(value).matches();
    }

    /** Whether {@code value} is a number smaller than the smallest this question accepts. */
    public boolean belowMinimum(String value) {
        return min != null && isNumber(value) && new BigDecimal(value).compareTo(BigDecimal.valueOf(min)) < 0;
    }

    /** Whether {@code value} is a number larger than the largest this question accepts. */
    public boolean aboveMaximum(String value) {
        return max != null && isNumber(value) && new BigDecimal(value).compareTo(BigDecimal.valueOf(max)) > 0;
    }

    private static boolean numeric(QuestionType type) {
        return type == QuestionType.NUMBER || type == QuestionType.PERCENTAGE || type == QuestionType.MONEY;
    }

    private static Double defaultMin(QuestionType type) {
        return numeric(type) ? 0.0 : null;
    }

    private static Double defaultMax(QuestionType type) {
        return type == QuestionType.PERCENTAGE ? 100.0 : null;
    }

    private static Double finiteOrNull(Double bound) {
        return bound == null || bound.isInfinite() || bound.isNaN() ? null : bound;
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
