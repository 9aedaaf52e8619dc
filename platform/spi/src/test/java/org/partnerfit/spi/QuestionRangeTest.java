package org.partnerfit.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionRangeTest {

    private static final Text T = Text.of("x", "x");

    @Test
    void numbersAndMoneyAreNeverNegativeUnlessTheQuestionSaysSo() {
        Question years = Question.number("years", T, null, T);
        assertTrue(years.accepts("0"));
        assertTrue(years.accepts("12.5"));
        assertFalse(years.accepts("-1"));
        assertTrue(years.belowMinimum("-0.000001"));
        assertFalse(Question.money("rate", T, null, T).accepts("-5"));
        Question change = Question.number("change", T, null, T).atLeast(-50);
        assertTrue(change.accepts("-50"));
        assertFalse(change.accepts("-50.5"));
        assertTrue(Question.number("any", T, null, T).atLeast(Double.NEGATIVE_INFINITY).accepts("-999999999999999"));
    }

    @Test
    void aLargestValueIsKeptThroughTheOtherRefinements() {
        Question hours = Question.number("hours", T, null, T).atMost(168).optional().showIf(ShowIf.answered("a", "b"));
        assertEquals(168.0, hours.max());
        assertEquals(0.0, hours.min());
        assertTrue(hours.accepts("168"));
        assertFalse(hours.accepts("168.000001"));
        assertTrue(hours.aboveMaximum("169"));
        assertFalse(hours.aboveMaximum("abc"));   // no number: neither above nor below, just not accepted
        assertFalse(hours.accepts("abc"));
    }

    @Test
    void aPercentageIsFromZeroToAHundred() {
        Question share = Question.percentage("share", T, null);
        assertTrue(share.accepts("100"));
        assertFalse(share.accepts("100.5"));
        assertFalse(share.accepts("-1"));
    }

    @Test
    void onlyNumbersHaveARangeAndItMustHoldSomething() {
        assertNull(Question.text("note", T, null).min());
        assertThrows(IllegalArgumentException.class, () -> Question.date("when", T, null).atMost(5));
        assertThrows(IllegalArgumentException.class, () -> Question.number("n", T, null, T).atLeast(10).atMost(5));
    }

    @Test
    void aNumberIsWrittenAsANumberQuestionTakesIt() {
        assertEquals("0", Question.asAnswer(0.0));
        assertEquals("168", Question.asAnswer(168));
        assertEquals("1.5", Question.asAnswer(1.5));
        assertEquals("0.333333", Question.asAnswer(1.0 / 3));
        assertTrue(Question.number("n", T, null, T).accepts(Question.asAnswer(1.0 / 3)));
    }

    @Test
    void theFirstReleasesConstructorStillBuildsANonNegativeNumber() {
        Question old = new Question("n", QuestionType.NUMBER, T, null, true, List.of(), T, List.of(), null);
        assertEquals(0.0, old.min());
        assertNull(old.max());
    }
}
