package org.partnerfit.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Text;

class AnswerValidationTest {

    private static final Text T = Text.of("x", "x");
    private static final Questionnaire ASKED = new Questionnaire(List.of(
            Question.number("years", T, null, T),
            Question.number("hours", T, null, T).atMost(168),
            Question.percentage("share", T, null)));

    @Test
    void aNumberOutOfRangeIsRefusedWithTheLimitItCrossed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AnswerValidation.check(ASKED,
                new Answers(Map.of("years", List.of("-3"), "hours", List.of("200.5"), "share", List.of("much"))), false));
        assertEquals(Map.of(
                "years", "-3 is less than the smallest accepted, 0.",
                "hours", "200.5 is more than the largest accepted, 168.",
                "share", "'much' is not an accepted answer."), refused.problems());
        assertEquals("-3 小于允许的最小值 0。", refused.problems(Locale.SIMPLIFIED_CHINESE).get("years"));
    }

    @Test
    void aKeyOfNoQuestionIsRefusedRatherThanDropped() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AnswerValidation.check(ASKED,
                new Answers(Map.of("yeers", List.of("3"), "hours", List.of("40"))), false));
        assertEquals(Map.of("yeers", "There is no question of this key here."), refused.problems());
    }

    @Test
    void numbersInRangeAreKept() {
        Answers kept = AnswerValidation.check(ASKED,
                new Answers(Map.of("years", List.of("0"), "hours", List.of("168"), "share", List.of("99.5"))), true);
        assertEquals(List.of("168"), kept.all("hours"));
    }
}
