package org.partnerfit.plugins.culturefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;

class CultureFitPluginTest {

    private final CultureFitPlugin plugin = new CultureFitPlugin();

    private static Answers answers(int communication, int recognition, int meetings, int incidents, int product) {
        return new Answers(Map.of(
                "communication", List.of(String.valueOf(communication)),
                "recognition", List.of(String.valueOf(recognition)),
                "meetings", List.of(String.valueOf(meetings)),
                "incidents", List.of(String.valueOf(incidents)),
                "product", List.of(String.valueOf(product))));
    }

    @Test
    void identicalProfilesScoreFull() {
        Score score = plugin.score(new ScoringInput(answers(2, 3, 4, 1, 2), answers(2, 3, 4, 1, 2), Map.of()));
        assertEquals(100.0, score.value());
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty());
    }

    @Test
    void distanceLowersTheScoreByHandComputedAmount() {
        // distances 0, 1, 2, 3, 4 -> similarities 1, .75, .5, .25, 0 -> 20 * 2.5 = 50, less the
        // 5 that incidents' distance of 3 would earn: a partner that blames (4) earns nothing there.
        Score score = plugin.score(new ScoringInput(answers(1, 2, 3, 4, 5), answers(1, 1, 1, 1, 1), Map.of()));
        assertEquals(45.0, score.value());
        assertTrue(score.rationale().en().contains("Raised by close agreement on everyday communication"),
                score.rationale().en());
        assertTrue(score.rationale().en().contains("Lowered by differences on handling incidents (blame after incidents), "
                + "product and engineering (4 apart)"), score.rationale().en());
        assertEquals(1, score.redFlags().size(), "blame after incidents is flagged");
    }

    @Test
    void blameAfterIncidentsEarnsNothingEvenWithAClientThatBlamesToo() {
        Score blaming = plugin.score(new ScoringInput(answers(3, 3, 3, 5, 3), answers(3, 3, 3, 5, 3), Map.of()));
        Score blameless = plugin.score(new ScoringInput(answers(3, 3, 3, 1, 3), answers(3, 3, 3, 5, 3), Map.of()));
        assertEquals(80.0, blaming.value(), "the same answers as the client, but blame: no points for incidents");
        assertEquals(80.0, blameless.value(), "blameless against a blaming client: 4 apart, no points either");
        assertEquals(1, blaming.redFlags().size());
        assertTrue(blameless.redFlags().isEmpty());
        assertTrue(blaming.rationale().en().contains("Lowered by differences on handling incidents (blame after incidents)"),
                blaming.rationale().en());
        assertFalse(blaming.rationale().en().contains("Raised by close agreement on handling incidents"), blaming.rationale().en());
    }

    @Test
    void theRationaleNamesWhatWasNotComparedAndWhoseAnswerIsMissing() {
        Answers client = new Answers(Map.of("communication", List.of("3"), "recognition", List.of("3")));
        Answers partner = new Answers(Map.of("communication", List.of("3"), "meetings", List.of("3"), "incidents", List.of("1")));
        Score score = plugin.score(new ScoringInput(partner, client, Map.of()));
        String en = score.rationale().en();
        assertTrue(en.contains("Not compared, the partner did not answer: celebrating success"), en);
        assertTrue(en.contains("Not compared, the client's profile does not say: meeting style, handling incidents, product and engineering."),
                "a dimension neither side answered is named on both: " + en);
        assertTrue(score.rationale().zh().contains("未比较（客户概况未填写）"), score.rationale().zh());
    }

    @Test
    void missingAnswersLowerConfidenceNotCrash() {
        Answers partial = new Answers(Map.of("communication", List.of("3"), "meetings", List.of("banana")));
        Score score = plugin.score(new ScoringInput(partial, answers(3, 3, 3, 3, 3), Map.of()));
        assertEquals(20.0, score.value());
        assertEquals(0.2, score.confidence(), 1e-9);
    }

    @Test
    void noClientProfileMeansNoConfidenceAndAFlag() {
        Score score = plugin.score(new ScoringInput(answers(3, 3, 3, 3, 3), Answers.NONE, Map.of()));
        assertEquals(0.0, score.confidence());
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("has not described its own culture")));
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("culture-fit"), ids);
    }

    @Test
    void everyQuestionIsBilingual() {
        plugin.partnerQuestionnaire().questions().forEach(q -> {
            assertTrue(!q.label().en().isBlank() && !q.label().zh().isBlank(), q.key());
        });
    }
}
