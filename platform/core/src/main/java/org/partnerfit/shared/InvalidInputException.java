package org.partnerfit.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * Input was refused: what is wrong as a whole, and per offending field what is wrong with it,
 * each as a {@link Wording} so the portal shows it in the reader's language. The message and
 * {@link #problems()} are the English texts the REST API answers with.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Wording summary;
    private final Map<String, Wording> problems;

    public InvalidInputException(Wording summary, Map<String, Wording> problems) {
        super(summary.english());
        this.summary = summary;
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** One field at fault. */
    public InvalidInputException(Wording summary, String field, Wording problem) {
        this(summary, Map.of(field, problem));
    }

    public Wording summary() {
        return summary;
    }

    /** Field to problem, as worded: to gather the problems of several checks into one refusal. */
    public Map<String, Wording> wordedProblems() {
        return problems;
    }

    /** Field to problem, in English. */
    public Map<String, String> problems() {
        return problems(Locale.ROOT);
    }

    /** Field to problem, in the language of {@code locale}. */
    public Map<String, String> problems(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, problem) -> texts.put(field, problem.in(locale)));
        return texts;
    }

    /** The whole refusal in the language of {@code locale}. */
    public String message(Locale locale) {
        return summary.in(locale);
    }
}
