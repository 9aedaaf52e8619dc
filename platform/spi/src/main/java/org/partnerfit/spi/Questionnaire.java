package org.partnerfit.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An ordered list of questions with unique keys; a condition may only look at an earlier question. */
public record Questionnaire(List<Question> questions) {

    public static final Questionnaire EMPTY = new Questionnaire(List.of());

    public Questionnaire {
        questions = List.copyOf(questions);
        Set<String> keys = new HashSet<>();
        for (Question q : questions) {
            if (q.showIf() != null && !keys.contains(q.showIf().questionKey())) {
                throw new IllegalArgumentException("Question " + q.key() + " depends on " + q.showIf().questionKey()
                        + ", which is not an earlier question");
            }
            if (!keys.add(q.key())) {
                throw new IllegalArgumentException("Duplicate question key: " + q.key());
            }
        }
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    /** The questions asked given these answers (conditions applied). */
    public List<Question> shownFor(Answers answers) {
        return questions.stream().filter(q -> q.shownFor(answers)).toList();
    }
}
