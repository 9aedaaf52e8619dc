package org.partnerfit.assessment.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.QuestionType;
import org.partnerfit.spi.Questionnaire;

/** Checks answers against their questionnaire and says, per question, what is wrong. */
final class AnswerValidation {

    private AnswerValidation() {
    }

    /**
     * Keeps only the questions shown under their conditions; refuses keys of no question (a typo
     * would otherwise drop what was saved under the right key), values a question does not accept
     * and, when {@code complete}, required questions left unanswered.
     */
    static Answers check(Questionnaire questionnaire, Answers answers, boolean complete) {
        Map<String, Wording> problems = new LinkedHashMap<>();
        Set<String> asked = questionnaire.questions().stream().map(Question::key).collect(Collectors.toSet());
        answers.values().keySet().stream().filter(key -> !asked.contains(key)).limit(20)
                .forEach(key -> problems.put(abbreviate(key), Wording.of("answers.unknownQuestion")));
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Question q : questionnaire.shownFor(answers)) {
            List<String> values = answers.all(q.key()).stream().filter(v -> v != null && !v.isBlank()).toList();
            if (values.isEmpty()) {
                if (complete && q.required()) {
                    problems.put(q.key(), Wording.of("answers.required"));
                }
                continue;
            }
            if (values.size() > 1 && q.type() != QuestionType.MULTI_CHOICE) {
                problems.put(q.key(), Wording.of("answers.onlyOne"));
                continue;
            }
            String bad = values.stream().filter(v -> !q.accepts(v)).findFirst().orElse(null);
            if (bad != null) {
                problems.put(q.key(), refusal(q, bad));
                continue;
            }
            kept.put(q.key(), values);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Wording.of("answers.needAttention"), problems);
        }
        return new Answers(kept);
    }

    /** Why {@code q} does not accept {@code value}: out of its range, when it is a number, else not accepted at all. */
    private static Wording refusal(Question q, String value) {
        if (q.belowMinimum(value)) {
            return Wording.of("answers.tooSmall", value, Question.asAnswer(q.min()));
        }
        if (q.aboveMaximum(value)) {
            return Wording.of("answers.tooLarge", value, Question.asAnswer(q.max()));
        }
        return Wording.of("answers.notAccepted", abbreviate(value));
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
