package org.partnerfit.plugins.kpis;

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

class KpisPluginTest {

    private final KpisPlugin plugin = new KpisPlugin();

    /** Answers in questionnaire order; {@code null} leaves a question unanswered. */
    private static Answers answers(String framework, List<String> metrics, String cadence, String improvement, String dashboards) {
        Map<String, List<String>> values = new HashMap<>();
        put(values, "kpiFramework", framework);
        if (metrics != null) {
            values.put("sharedMetrics", metrics);
        }
        put(values, "reportingCadence", cadence);
        put(values, "improvementFocus", improvement);
        put(values, "dashboardAccess", dashboards);
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
        Score score = score(answers("yes",
                List.of("leadTime", "deploymentFrequency", "changeFailureRate", "timeToRestore", "throughput"),
                "weekly", "5", "yes"));
        assertEquals(100.0, score.value());
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty(), score.redFlags().toString());
        assertTrue(score.rationale().en().endsWith("Nothing lowered the score."), score.rationale().en());
    }

    @Test
    void mixedAnswersScoreTheHandComputedValue() {
        // framework yes 20; three metrics * 6 = 18; monthly reports 9; improvement step 3: (3 - 1) / 4 * 20 = 10;
        // no dashboard access 0. 20 + 18 + 9 + 10 + 0 = 57
        Score score = score(answers("yes", List.of("leadTime", "deploymentFrequency", "throughput"), "monthly", "3", "no"));
        assertEquals(57.0, score.value());
        assertEquals(1.0, score.confidence());
        assertEquals(List.of(20.0, 18.0, 9.0, 10.0, 0.0), score.contributions().stream().map(Contribution::points).toList());
        assertEquals(score.value(), score.contributions().stream().mapToDouble(Contribution::points).sum(), 1e-9);
        assertTrue(score.redFlags().isEmpty(), score.redFlags().toString());
    }

    @Test
    void rationaleNamesWhatRaisedAndWhatLoweredTheScore() {
        Score score = score(answers("yes", List.of("leadTime", "deploymentFrequency", "throughput"), "monthly", "3", "no"));
        assertEquals("Raised by KPI framework (in place), shared delivery metrics (3 of 7 metrics), reporting cadence (monthly), "
                        + "improvement over blame (3 of 5). Lowered by direct dashboard access (declined).",
                score.rationale().en());
        assertTrue(score.rationale().zh().endsWith("降低分数的方面：直接访问指标看板（不愿开放）。"), score.rationale().zh());
    }

    @Test
    void missingAndUnusableAnswersLowerConfidenceNotCrash() {
        // unknown metrics are ignored and duplicates counted once: one metric, 6 points; "6" is off the scale,
        // "daily" is not a cadence. 1 of 5 questions answered.
        Answers partial = answers(null, List.of("banana", "leadTime", "leadTime"), "daily", "6", null);
        Score score = score(partial);
        assertEquals(6.0, score.value());
        assertEquals(0.2, score.confidence(), 1e-9);
        assertTrue(score.rationale().en().contains("Not answered, so no points: KPI framework, reporting cadence, "
                + "improvement over blame, direct dashboard access."), score.rationale().en());

        Evidence sample = new Evidence("sampleReport", "kpis.xlsx", "application/vnd.ms-excel", 4000, false);
        Score withSample = plugin.score(new ScoringInput(partial, List.of(sample), Answers.NONE, Map.of()));
        assertEquals(0.25, withSample.confidence(), 1e-9);
        assertEquals(6.0, withSample.value(), "evidence does not change the value");

        Score nothing = plugin.score(new ScoringInput(Answers.NONE, List.of(sample), Answers.NONE, Map.of()));
        assertEquals(0.0, nothing.value());
        assertEquals(0.0, nothing.confidence());
    }

    @Test
    void sharingNothingReportingOnRequestAndBlameAreFlagged() {
        // no framework 0; "none of these" 0; on request 0; step 2: 1 / 4 * 20 = 5; dashboards yes 15 -> 20
        Score score = score(answers("no", List.of("none"), "onRequest", "2", "yes"));
        assertEquals(20.0, score.value());
        assertEquals(1.0, score.confidence(), "\"none of these\" is an answer");
        assertEquals(3, score.redFlags().size(), score.redFlags().toString());
        assertTrue(score.redFlags().get(0).en().contains("will not share any delivery metrics"), score.redFlags().get(0).en());
    }

    @Test
    void metricsPointsStopAtFiveAndNoneIsIgnoredBesideRealMetrics() {
        Score all = score(answers(null, List.of("leadTime", "deploymentFrequency", "changeFailureRate", "timeToRestore",
                "throughput", "defectEscapeRate", "teamHealth"), null, null, null));
        assertEquals(30.0, all.value());
        Score contradictory = score(answers(null, List.of("none", "teamHealth"), null, null, null));
        assertEquals(6.0, contradictory.value());
        assertTrue(contradictory.redFlags().isEmpty());
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("kpis"), ids);
        assertEquals("kpis@1.0.0", plugin.descriptor().coordinates());
    }
}
