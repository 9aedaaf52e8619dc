package org.partnerfit.plugins.talentretention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class TalentRetentionPluginTest {

    private final TalentRetentionPlugin plugin = new TalentRetentionPlugin();

    /** Answers in questionnaire order; {@code null} leaves a question unanswered. */
    private static Answers answers(String attrition, String tenure, String beyondThreeYears, String backfill,
                                   String announces, String strategy, String interviews) {
        Map<String, List<String>> values = new HashMap<>();
        put(values, "attritionPercent", attrition);
        put(values, "medianTenureYears", tenure);
        put(values, "beyondThreeYearsPercent", beyondThreeYears);
        put(values, "backfillWeeks", backfill);
        put(values, "announcesDepartures", announces);
        put(values, "retentionStrategy", strategy);
        put(values, "interviewLongTenured", interviews);
        return new Answers(values);
    }

    private static void put(Map<String, List<String>> values, String key, String value) {
        if (value != null) {
            values.put(key, List.of(value));
        }
    }

    private Score score(Answers partner) {
        return plugin.score(new ScoringInput(partner, Answers.NONE, Map.of()));
    }

    @Test
    void bestAnswersScoreFull() {
        Score score = score(answers("8", "5", "55", "3", "yes", "yes", "yes"));
        assertEquals(100.0, score.value());
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty(), score.redFlags().toString());
        assertTrue(score.rationale().en().endsWith("Nothing lowered the score."), score.rationale().en());
    }

    @Test
    void mixedAnswersScoreTheHandComputedValue() {
        // attrition 20 %: (35 - 20) / 25 = 0.6 of 25 = 15
        // median tenure 2.5 y: (2.5 - 1) / 3 = 0.5 of 15 = 7.5
        // 30 % beyond three years: 30 / 50 = 0.6 of 15 = 9
        // backfill 10 weeks: (16 - 10) / 12 = 0.5 of 15 = 7.5
        // announces yes 10, no written strategy 0, interviews yes 10
        // 15 + 7.5 + 9 + 7.5 + 10 + 0 + 10 = 59
        Score score = score(answers("20", "2.5", "30", "10", "yes", "no", "yes"));
        assertEquals(59.0, score.value());
        assertEquals(1.0, score.confidence());
        assertEquals(List.of(15.0, 7.5, 9.0, 7.5, 10.0, 0.0, 10.0),
                score.contributions().stream().map(c -> Math.round(c.points() * 10) / 10.0).toList());
        assertEquals(score.value(), score.contributions().stream().mapToDouble(Contribution::points).sum(), 0.05);
        assertTrue(score.redFlags().isEmpty(), score.redFlags().toString());
    }

    @Test
    void rationaleNamesWhatRaisedAndWhatLoweredTheScore() {
        Score score = score(answers("20", "2.5", "30", "10", "yes", "no", "yes"));
        String en = score.rationale().en();
        assertTrue(en.startsWith("Raised by notice of departures (given before being asked), "
                + "access to long-tenured engineers (offered), "), en);
        assertTrue(en.contains("annual attrition (20% a year)"), en);
        assertTrue(en.endsWith("Lowered by written hiring and retention strategy (none)."), en);
        assertTrue(score.rationale().zh().contains("降低分数的方面：书面招聘与留任策略（没有）。"), score.rationale().zh());
    }

    @Test
    void missingAndUnusableAnswersLowerConfidenceNotCrash() {
        // 150 % is no percentage, -2 years and "abc" are no answers: only backfill and strategy count.
        // backfill 6 weeks: (16 - 6) / 12 = 0.8333 of 15 = 12.5; strategy yes 10 -> 22.5, 2 of 7 answered
        Answers partial = answers("150", "-2", "abc", "6", null, "yes", "maybe");
        Score score = score(partial);
        assertEquals(22.5, score.value());
        assertEquals(2.0 / 7, score.confidence(), 1e-9);
        assertTrue(score.rationale().en().contains("Not answered, so no points: annual attrition, median tenure, "
                + "engineers staying beyond three years, notice of departures, access to long-tenured engineers."),
                score.rationale().en());

        Evidence strategy = new Evidence("retentionStrategyDocument", "strategy.docx", "application/msword", 2000, true);
        Score withDocument = plugin.score(new ScoringInput(partial, List.of(strategy), Answers.NONE, Map.of()));
        assertEquals(2.0 / 7 + 0.1, withDocument.confidence(), 1e-9);
        assertEquals(22.5, withDocument.value(), "evidence does not change the value");

        Score nothing = plugin.score(new ScoringInput(Answers.NONE, List.of(strategy), Answers.NONE, Map.of()));
        assertEquals(0.0, nothing.value());
        assertEquals(0.0, nothing.confidence());
    }

    @Test
    void highAttritionSlowBackfillAndSecrecyAreFlagged() {
        // attrition 32 %: (35 - 32) / 25 = 0.12 of 25 = 3; tenure 0.5 y -> 0; 5 % beyond three years: 5 / 50 of 15 = 1.5;
        // backfill 20 weeks -> 0; announces no 0; strategy yes 10; interviews no 0 -> 14.5
        Score score = score(answers("32", "0.5", "5", "20", "no", "yes", "no"));
        assertEquals(14.5, score.value());
        assertEquals(4, score.redFlags().size(), score.redFlags().toString());
        assertTrue(score.redFlags().get(0).en().startsWith("More than 30% of the engineers (32%) left in a year"),
                score.redFlags().get(0).en());
        assertTrue(score.redFlags().get(1).en().contains("20 weeks"), score.redFlags().get(1).en());
    }

    @Test
    void flagsStartAboveTheirThresholds() {
        assertTrue(score(answers("30", null, null, "12", null, null, null)).redFlags().isEmpty());
        assertEquals(2, score(answers("30.5", null, null, "12.5", null, null, null)).redFlags().size());
    }

    @Test
    void strategyDocumentIsAskedForOnlyAfterAYes() {
        var question = plugin.partnerQuestionnaire().question("retentionStrategyDocument").orElseThrow();
        assertTrue(question.shownFor(answers(null, null, null, null, null, "yes", null)));
        assertFalse(question.shownFor(answers(null, null, null, null, null, "no", null)));
        assertEquals(List.of("pdf", "docx"), question.evidenceTypes());
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("talent-retention"), ids);
        assertEquals("talent-retention@1.0.0", plugin.descriptor().coordinates());
    }
}
