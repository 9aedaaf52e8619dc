package org.partnerfit.scoring.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.Text;

/** Profile answers and settings saved under another plugin version reach the scorer only as far as this version accepts them. */
class AskedProfileTest {

    private static final Text T = Text.of("x", "x");
    private static final Questionnaire PROFILE = new Questionnaire(List.of(
            Question.single("domain", T, null, List.of(new Choice("fintech", T), new Choice("health", T)))));
    private static final Questionnaire SETTINGS = new Questionnaire(List.of(
            Question.number("hours", T, null, T).atMost(72),
            Question.multi("stacks", T, null, List.of(new Choice("java", T), new Choice("go", T)))));

    @Test
    void acceptedValuesPassUnchanged() {
        ScoringInput input = new ScoringInput(Answers.NONE, new Answers(Map.of("domain", List.of("fintech"))),
                Map.of("hours", "40", "stacks", "java,go"));
        assertSame(input, ScoringEngine.askedProfileOnly(PROFILE, SETTINGS, input));
    }

    @Test
    void keysNoLongerAskedAndValuesNoLongerAcceptedAreLeftOut() {
        ScoringInput input = new ScoringInput(Answers.NONE, new Answers(Map.of("domain", List.of("retail"), "size", List.of("big"))),
                Map.of("hours", "many", "stacks", "java,cobol", "legacy", "yes"));
        ScoringInput seen = ScoringEngine.askedProfileOnly(PROFILE, SETTINGS, input);
        assertEquals(Map.of(), seen.clientProfile().values());
        assertEquals(Map.of(), seen.configuration());
    }

    @Test
    void aNumberAboveTheLargestCountsAsTheLargestAndOneBelowTheSmallestAsNotSet() {
        assertEquals(Map.of("hours", "72"), ScoringEngine.askedProfileOnly(PROFILE, SETTINGS,
                new ScoringInput(Answers.NONE, Answers.NONE, Map.of("hours", "100"))).configuration());
        assertEquals(Map.of(), ScoringEngine.askedProfileOnly(PROFILE, SETTINGS,
                new ScoringInput(Answers.NONE, Answers.NONE, Map.of("hours", "-3"))).configuration());
    }

    @Test
    void theRestIsKept() {
        ScoringInput input = new ScoringInput(Answers.NONE, new Answers(Map.of("domain", List.of("health"))),
                Map.of("hours", "lots", "stacks", "go"));
        ScoringInput seen = ScoringEngine.askedProfileOnly(PROFILE, SETTINGS, input);
        assertEquals(Map.of("domain", List.of("health")), seen.clientProfile().values());
        assertEquals(Map.of("stacks", "go"), seen.configuration());
    }
}
