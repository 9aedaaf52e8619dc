package org.partnerfit.plugins.leadershipmindshare;

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

class LeadershipMindsharePluginTest {

    private final LeadershipMindsharePlugin plugin = new LeadershipMindsharePlugin();

    private static Answers answers(String hours, String sponsor, String checkIns, String valueReporting) {
        Map<String, List<String>> values = new HashMap<>();
        put(values, "escalationHours", hours);
        put(values, "executiveSponsor", sponsor);
        put(values, "checkInCadence", checkIns);
        put(values, "valueReporting", valueReporting);
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

    private Score score(Answers partner, String targetHours) {
        return plugin.score(new ScoringInput(partner, Answers.NONE, Map.of("targetHours", targetHours)));
    }

    @Test
    void bestAnswersScoreFull() {
        Score score = score(answers("1", "yes", "weekly", "weekly"));
        assertEquals(100.0, score.value());
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty(), score.redFlags().toString());
        assertTrue(score.rationale().en().endsWith("Nothing lowered the score."), score.rationale().en());
    }

    @Test
    void mixedAnswersScoreTheHandComputedValue() {
        // 16 h against the default 8 h target lies halfway between the 8 h anchor (0.8) and the
        // 24 h anchor (0.3): share 0.55 -> 0.55 * 40 = 22. Sponsor yes = 25, monthly check-ins = 12,
        // monthly value reports = 10. 22 + 25 + 12 + 10 = 69.
        Score score = score(answers("16", "yes", "monthly", "monthly"));
        assertEquals(69.0, score.value());
        assertEquals(1.0, score.confidence());
        assertEquals(List.of(22.0, 25.0, 12.0, 10.0),
                score.contributions().stream().map(c -> Math.round(c.points() * 10) / 10.0).toList());
        assertEquals(score.value(), score.contributions().stream().mapToDouble(Contribution::points).sum(), 0.05);
        assertTrue(score.redFlags().isEmpty(), "16 h is slow but not beyond 24 h");
    }

    @Test
    void escalationCurveFollowsItsDocumentedAnchors() {
        double[][] expected = {{0, 40}, {0.5, 40}, {1, 40}, {8, 32}, {16, 22}, {24, 12}, {48, 6}, {72, 0}, {1000, 0}};
        for (double[] point : expected) {
            assertEquals(point[1], 40 * LeadershipMindsharePlugin.escalationShare(point[0], 8), 1e-9, point[0] + " h");
        }
        // 4 h: 1.0 - (3 / 7) * 0.2 = 0.9143 -> 36.57 of 40 points
        assertEquals(36.6, score(answers("4", null, null, null)).value());
    }

    @Test
    void theClientsTargetMovesTheCurve() {
        Answers fourHours = answers("4", null, null, null);
        // target 2 h: 4 h is halfway from 2 h (0.8) to 6 h (0.3) -> 0.55 * 40 = 22
        assertEquals(22.0, score(fourHours, "2").value());
        // an unreadable target falls back to 8 h
        assertEquals(36.6, score(fourHours, "soon").value());
        assertEquals(36.6, score(fourHours, "-5").value());
        // a target below one hour is held at 1 h: 4 h is 1/6 of the way from 3 h (0.3) to 9 h (0) -> 0.25 * 40 = 10
        Score strict = score(fourHours, "0.25");
        assertEquals(10.0, strict.value());
        assertTrue(strict.redFlags().stream().anyMatch(f -> f.en().contains("more than 3 hours")), strict.redFlags().toString());
    }

    @Test
    void missingAndUnusableAnswersLowerConfidenceNotCrash() {
        // negative hours and an unknown cadence are no answers; only the sponsor counts: 25 points, 1 of 4 answered
        Score score = score(answers("-3", "yes", "banana", null));
        assertEquals(25.0, score.value());
        assertEquals(0.25, score.confidence(), 1e-9);
        assertTrue(score.rationale().en().contains(
                "Not answered, so no points: escalation response time, proactive check-ins, value reporting."),
                score.rationale().en());

        Score nothing = score(Answers.NONE);
        assertEquals(0.0, nothing.value());
        assertEquals(0.0, nothing.confidence());
    }

    @Test
    void anAttachedPolicyRaisesConfidenceALittle() {
        Answers partial = answers("2", "yes", null, null);
        Evidence unverified = new Evidence("escalationPolicy", "policy.pdf", "application/pdf", 1000, false);
        Evidence verified = new Evidence("escalationPolicy", "policy.pdf", "application/pdf", 1000, true);
        assertEquals(0.5, score(partial).confidence(), 1e-9);
        assertEquals(0.55, plugin.score(new ScoringInput(partial, List.of(unverified), Answers.NONE, Map.of())).confidence(), 1e-9);
        assertEquals(0.6, plugin.score(new ScoringInput(partial, List.of(verified), Answers.NONE, Map.of())).confidence(), 1e-9);
        assertEquals(0.0, plugin.score(new ScoringInput(Answers.NONE, List.of(verified), Answers.NONE, Map.of())).confidence(),
                "a policy alone is not an answer");
        assertEquals(score(partial).value(),
                plugin.score(new ScoringInput(partial, List.of(verified), Answers.NONE, Map.of())).value(),
                "evidence does not change the value");
    }

    @Test
    void rationaleNamesWhatRaisedAndWhatLoweredTheScore() {
        // 48 h -> 6, sponsor 25, quarterly check-ins 6, value only on request 0 = 37
        Score score = score(answers("48", "yes", "quarterly", "onRequest"));
        assertEquals(37.0, score.value());
        assertEquals("Raised by executive sponsor (named). Lowered by value reporting (only when asked), "
                        + "escalation response time (48 h, target 8 h), proactive check-ins (quarterly).",
                score.rationale().en());
        assertTrue(score.rationale().zh().startsWith("提高分数的方面：高管赞助人（已指定）。"), score.rationale().zh());
        assertTrue(score.rationale().zh().contains("降低分数的方面：价值汇报频率（仅在被问及时）"), score.rationale().zh());
    }

    @Test
    void slowEscalationNoSponsorAndNoCheckInsAreFlagged() {
        // 30 h: 1/8 of the way from 24 h (0.3) to 72 h (0) -> 0.2625 * 40 = 10.5; weekly value reports 15
        Score score = score(answers("30", "no", "none", "weekly"));
        assertEquals(25.5, score.value());
        assertEquals(3, score.redFlags().size(), score.redFlags().toString());
        assertTrue(score.redFlags().get(0).en().contains("more than 24 hours"), score.redFlags().get(0).en());
        assertTrue(score.redFlags().stream().allMatch(f -> !f.zh().isBlank()));
    }

    @Test
    void absurdlyLongPromisesScoreNothingButStillCount() {
        Score score = score(answers("1e300", null, null, null));
        assertEquals(0.0, score.value());
        assertEquals(0.25, score.confidence(), 1e-9);
        assertEquals(1, score.redFlags().size());
    }

    @Test
    void sponsorNameIsAskedOnlyAfterAYes() {
        var question = plugin.partnerQuestionnaire().question("sponsorName").orElseThrow();
        assertTrue(question.shownFor(answers(null, "yes", null, null)));
        assertFalse(question.shownFor(answers(null, "no", null, null)));
        assertFalse(question.required());
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("leadership-mindshare"), ids);
        assertEquals("leadership-mindshare@1.0.2", plugin.descriptor().coordinates());
    }
}
