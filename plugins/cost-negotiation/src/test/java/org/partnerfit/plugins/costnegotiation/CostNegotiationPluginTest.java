package org.partnerfit.plugins.costnegotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Contribution;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Evidence;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;

class CostNegotiationPluginTest {

    private final CostNegotiationPlugin plugin = new CostNegotiationPlugin();

    private static Answers answers(String review, String cadence, String rateCard, List<String> levers, String renegotiation) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("costReview", List.of(review));
        values.put("reviewCadence", List.of(cadence));
        values.put("rateCard", List.of(rateCard));
        values.put("levers", levers);
        values.put("renegotiation", List.of(renegotiation));
        return new Answers(values);
    }

    private static Score score(CostNegotiationPlugin plugin, Answers answers, Map<String, String> configuration) {
        return plugin.score(new ScoringInput(answers, Answers.NONE, configuration));
    }

    private static double points(Score score, String key) {
        return score.contributions().stream().filter(c -> c.questionKey().equals(key))
                .mapToDouble(Contribution::points).sum();
    }

    @Test
    void anOpenFlexiblePartnerScoresFull() {
        Answers best = answers("yes", "6", "full", List.of("volume", "term", "mix", "ramp"), "5");
        Score score = score(plugin, best, Map.of());
        assertEquals(100.0, score.value());
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty());
        assertTrue(score.rationale().en().contains("review cadence (every 6 months, client wants 12)"),
                score.rationale().en());
    }

    @Test
    void aMixedPartnerScoresTheHandComputedValue() {
        // The client wants a review at least every 6 months.
        // fixed review:   yes                                  -> 20
        // cadence:        every 12 months, wanted 6 -> 15 * 6/12 =  7.5
        // rate card:      partial                   -> 25 * 0.5  = 12.5
        // levers:         volume, term: 2 of 4      -> 20 * 2/4  = 10
        // renegotiation:  4 on the scale            -> 20 * 3/4  = 15
        //                                                   total 65.0
        Answers mixed = answers("yes", "12", "partial", List.of("volume", "term"), "4");
        Score score = score(plugin, mixed, Map.of("wantedCadence", "6"));
        assertEquals(65.0, score.value());
        assertEquals(20.0, points(score, "costReview"), 1e-9);
        assertEquals(7.5, points(score, "reviewCadence"), 1e-9);
        assertEquals(12.5, points(score, "rateCard"), 1e-9);
        assertEquals(10.0, points(score, "levers"), 1e-9);
        assertEquals(15.0, points(score, "renegotiation"), 1e-9);
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty());
    }

    @Test
    void rationaleNamesWhatRaisedAndWhatLoweredTheScore() {
        Answers mixed = answers("yes", "12", "partial", List.of("volume", "term"), "4");
        Score score = score(plugin, mixed, Map.of("wantedCadence", "6"));
        String en = score.rationale().en();
        assertTrue(en.contains("Raised by fixed cost review (agreed), past renegotiation (4 of 5)."), en);
        assertTrue(en.contains("Lowered by rate-card transparency (partial), flexibility levers (2 offered), "
                + "review cadence (every 12 months, client wants 6)."), en);
        assertTrue(score.rationale().zh().contains("以下方面提高了分数：定期成本审查（同意）"), score.rationale().zh());
    }

    @Test
    void theWantedCadenceDefaultsToTwelveMonths() {
        // 24-month reviews against the default 12: 15 * 12/24 = 7.5, so 100 - 7.5 = 92.5
        Answers slow = answers("yes", "24", "full", List.of("volume", "term", "mix", "ramp"), "5");
        assertEquals(92.5, score(plugin, slow, Map.of()).value());
        assertEquals(92.5, score(plugin, slow, Map.of("wantedCadence", "banana")).value());
        assertEquals(92.5, score(plugin, slow, Map.of("wantedCadence", "-3")).value());
        // a huge wanted cadence is capped at 60 months, which 24-month reviews meet
        assertEquals(100.0, score(plugin, slow, Map.of("wantedCadence", "1e308")).value());
    }

    @Test
    void aClosedPartnerScoresNothingAndIsFlagged() {
        // Declining the review leaves the cadence out of the questions that apply: 4 of 4 answered.
        Map<String, List<String>> values = new HashMap<>();
        values.put("costReview", List.of("no"));
        values.put("rateCard", List.of("none"));
        values.put("levers", List.of("none"));
        values.put("renegotiation", List.of("1"));
        Score score = score(plugin, new Answers(values), Map.of());
        assertEquals(0.0, score.value());
        assertEquals(1.0, score.confidence());
        assertEquals(3, score.redFlags().size());
        // Ordered by points lost: the rate card (25) first, then the 20-point questions in questionnaire order.
        assertTrue(score.rationale().en().startsWith("Lowered by rate-card transparency (not shared), fixed cost review "
                + "(declined), flexibility levers (0 offered), past renegotiation (1 of 5)."), score.rationale().en());
    }

    @Test
    void missingAndGarbageAnswersLowerConfidenceNotCrash() {
        Map<String, List<String>> values = new HashMap<>();
        values.put("costReview", List.of("yes"));
        values.put("reviewCadence", List.of("NaN"));
        values.put("rateCard", List.of("full"));
        values.put("levers", List.of("bribes"));
        values.put("renegotiation", List.of("9"));
        Score score = score(plugin, new Answers(values), Map.of());
        // review 20 + rate card 25; cadence, levers and renegotiation unanswered -> 2 of 5.
        assertEquals(45.0, score.value());
        assertEquals(0.4, score.confidence(), 1e-9);
        assertTrue(score.rationale().en().contains(
                "Not scored for lack of an answer: review cadence, flexibility levers, past renegotiation."),
                score.rationale().en());
    }

    @Test
    void aSampleRateCardRaisesConfidenceALittleButNotTheValue() {
        Answers partial = new Answers(Map.of("costReview", List.of("yes"), "rateCard", List.of("full")));
        Evidence unverified = new Evidence("rateCardSample", "rates.xlsx", "application/vnd.ms-excel", 2048, false);
        Evidence verified = new Evidence("rateCardSample", "rates.PDF", "application/pdf", 2048, true);
        Evidence wrongType = new Evidence("rateCardSample", "rates.exe", "application/octet-stream", 2048, true);

        Score without = plugin.score(new ScoringInput(partial, List.of(), Answers.NONE, Map.of()));
        Score withSample = plugin.score(new ScoringInput(partial, List.of(unverified), Answers.NONE, Map.of()));
        Score withVerified = plugin.score(new ScoringInput(partial, List.of(verified), Answers.NONE, Map.of()));
        Score withWrongType = plugin.score(new ScoringInput(partial, List.of(wrongType), Answers.NONE, Map.of()));
        assertEquals(0.4, without.confidence(), 1e-9);
        assertEquals(0.45, withSample.confidence(), 1e-9);
        assertEquals(0.5, withVerified.confidence(), 1e-9);
        assertEquals(0.4, withWrongType.confidence(), 1e-9);
        assertEquals(without.value(), withVerified.value());
        assertTrue(withVerified.rationale().en().endsWith("A sample rate card is attached."));

        Score nothingButAFile = plugin.score(new ScoringInput(Answers.NONE, List.of(verified), Answers.NONE, Map.of()));
        assertEquals(0.0, nothingButAFile.confidence());
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("cost-negotiation"), ids);
    }

    @Test
    void everyQuestionIsBilingual() {
        plugin.partnerQuestionnaire().questions().forEach(q -> {
            assertTrue(!q.label().en().isBlank() && !q.label().zh().isBlank(), q.key());
        });
        plugin.configurationOptions().questions().forEach(q -> {
            assertTrue(!q.label().en().isBlank() && !q.label().zh().isBlank(), q.key());
        });
    }
}
