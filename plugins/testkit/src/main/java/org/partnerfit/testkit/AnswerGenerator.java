package org.partnerfit.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;

/** Random but valid answers to a questionnaire, reproducible from a seed: for contract tests and benchmarks. */
public final class AnswerGenerator {

    private final Random random;

    public AnswerGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Answers every question with a valid value, conditions ignored. */
    public Answers complete(Questionnaire questionnaire) {
        Map<String, List<String>> values = new HashMap<>();
        for (Question q : questionnaire.questions()) {
            values.put(q.key(), answer(q));
        }
        return new Answers(values);
    }

    /** Answers a random subset of the questions. */
    public Answers partial(Questionnaire questionnaire) {
        Map<String, List<String>> values = new HashMap<>();
        for (Question q : questionnaire.questions()) {
            if (random.nextBoolean()) {
                values.put(q.key(), answer(q));
            }
        }
        return new Answers(values);
    }

    private List<String> answer(Question q) {
        return switch (q.type()) {
            case SCALE -> List.of(q.choices().isEmpty() ? String.valueOf(1 + random.nextInt(5)) : pick(q.choices()));
            case SINGLE_CHOICE -> List.of(pick(q.choices()));
            case MULTI_CHOICE -> {
                List<String> chosen = new ArrayList<>();
                for (Choice c : q.choices()) {
                    if (random.nextBoolean()) {
                        chosen.add(c.value());
                    }
                }
                yield chosen.isEmpty() ? List.of(q.choices().get(0).value()) : chosen;
            }
            case NUMBER -> List.of(number(q, 0, 200));
            case PERCENTAGE -> List.of(number(q, 0, 101));
            case MONEY -> List.of(number(q, 1000, 201_000));
            case DATE -> List.of(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2500)).toString());
            case TEXT -> List.of("Generated answer " + random.nextInt(1000));
            case EVIDENCE -> List.of("evidence-" + random.nextInt(100) + "." + q.evidenceTypes().get(0));
        };
    }

    /** A whole number from {@code from} (inclusive) to {@code to} (exclusive), moved into the question's range. */
    private String number(Question q, long from, long to) {
        long low = q.min() == null ? from : Math.max(from, (long) Math.ceil(q.min()));
        long high = q.max() == null ? to : Math.min(to, (long) Math.floor(q.max()) + 1);
        if (high <= low) {   // no whole number between the usual values and the range: one of its ends
            return Question.asAnswer(q.min() != null ? q.min() : q.max());
        }
        return String.valueOf(low + (long) (random.nextDouble() * (high - low)));
    }

    private String pick(List<Choice> choices) {
        return choices.get(random.nextInt(choices.size())).value();
    }
}
