package org.partnerfit.plugins.desireinterest;

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
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;

class DesireInterestPluginTest {

    private final DesireInterestPlugin plugin = new DesireInterestPlugin();

    private static Answers client(List<String> objectives, String horizon, String roadmap) {
        return new Answers(Map.of(
                "objectives", objectives,
                "horizon", List.of(horizon),
                "roadmapInput", List.of(roadmap)));
    }

    private static Answers partner(List<String> objectives, String horizon, String roadmap, String team, String stance) {
        return new Answers(Map.of(
                "objectives", objectives,
                "horizon", List.of(horizon),
                "roadmapInput", List.of(roadmap),
                "stableTeam", List.of(team),
                "stance", List.of(stance)));
    }

    private static double points(Score score, String key) {
        return score.contributions().stream().filter(c -> c.questionKey().equals(key))
                .mapToDouble(Contribution::points).sum();
    }

    @Test
    void aPartnerMatchingTheProfileWithAStableLongTermTeamScoresFull() {
        Answers profile = client(List.of("revenue", "speed", "cloud"), "5", "4");
        // Extra objectives and a longer horizon than the client's are not held against the partner.
        Answers answers = partner(List.of("revenue", "speed", "cloud", "data"), "7", "4", "named", "long-term");
        Score score = plugin.score(new ScoringInput(answers, profile, Map.of()));
        assertEquals(100.0, score.value());
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty());
        assertEquals(100.0, score.contributions().stream().mapToDouble(Contribution::points).sum(), 1e-9);
    }

    @Test
    void aMixedPartnerScoresTheHandComputedValue() {
        // objectives: 2 of the client's 4 (speed, cloud)  -> 35 * 2/4   = 17.5
        // horizon:    3 years against the client's 5      -> 15 * 3/5   =  9.0
        // roadmap:    partner 2, client 4, 2 steps apart  -> 15 * (1 - 2/4) = 7.5
        // team:       only the leads stay                 -> 20 * 0.5   = 10.0
        // stance:     multi-year partnership              -> 15 * 1     = 15.0
        //                                                            total 59.0
        Answers profile = client(List.of("revenue", "speed", "cloud", "data"), "5", "4");
        Answers answers = partner(List.of("speed", "cloud", "experience"), "3", "2", "leads", "long-term");
        Score score = plugin.score(new ScoringInput(answers, profile, Map.of()));
        assertEquals(59.0, score.value());
        assertEquals(17.5, points(score, "objectives"), 1e-9);
        assertEquals(9.0, points(score, "horizon"), 1e-9);
        assertEquals(7.5, points(score, "roadmapInput"), 1e-9);
        assertEquals(10.0, points(score, "stableTeam"), 1e-9);
        assertEquals(15.0, points(score, "stance"), 1e-9);
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty());
    }

    @Test
    void missingAndGarbageAnswersLowerConfidenceNotCrash() {
        Answers profile = client(List.of("speed", "data"), "4", "3");
        Map<String, List<String>> values = new HashMap<>();
        values.put("objectives", List.of("speed", "data", "not-an-objective"));
        values.put("horizon", List.of("banana"));
        values.put("roadmapInput", List.of("7"));
        values.put("stance", List.of("long-term"));
        Score score = plugin.score(new ScoringInput(new Answers(values), profile, Map.of()));
        // objectives 35 + stance 15; horizon, roadmap input and team are not scored -> 2 of 5 answered.
        assertEquals(50.0, score.value());
        assertEquals(0.4, score.confidence(), 1e-9);
        assertTrue(score.rationale().en().contains("Not scored for lack of an answer: planning horizon, roadmap input, stable team"),
                score.rationale().en());
    }

    @Test
    void rationaleNamesWhatRaisedAndWhatLoweredTheScore() {
        Answers profile = client(List.of("revenue", "speed", "cloud"), "5", "3");
        Answers answers = partner(List.of("revenue", "speed", "cloud"), "5", "3", "pool", "staffing");
        Score score = plugin.score(new ScoringInput(answers, profile, Map.of()));
        // 35 + 15 + 15 + 0 + 0
        assertEquals(65.0, score.value());
        String en = score.rationale().en();
        assertTrue(en.contains("Raised by shared objectives (3 of 3), planning horizon (partner 5, client 5 years), "
                + "roadmap input (0 apart)"), en);
        assertTrue(en.contains("Lowered by stable team (assigned from a pool), engagement stance (staff augmentation)"), en);
        assertTrue(score.rationale().zh().contains("以下方面降低了分数：稳定团队（从人员池调配）、合作定位（人员外包）"),
                score.rationale().zh());
        assertEquals(1, score.redFlags().size(), "staff augmentation is flagged");
        assertTrue(score.redFlags().get(0).en().contains("supplying engineers on demand"));
    }

    @Test
    void sharingNoObjectiveIsFlagged() {
        Answers profile = client(List.of("revenue"), "3", "3");
        Answers answers = partner(List.of("cloud"), "3", "3", "named", "long-term");
        Score score = plugin.score(new ScoringInput(answers, profile, Map.of()));
        assertEquals(65.0, score.value());
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("none of the objectives")));
    }

    @Test
    void hugeAndNegativeHorizonsAreClampedOrIgnored() {
        Answers profile = client(List.of("revenue"), "10", "3");
        Score huge = plugin.score(new ScoringInput(
                partner(List.of("revenue"), "1e308", "3", "named", "long-term"), profile, Map.of()));
        assertEquals(100.0, huge.value());
        Score negative = plugin.score(new ScoringInput(
                partner(List.of("revenue"), "-4", "3", "named", "long-term"), profile, Map.of()));
        assertEquals(85.0, negative.value());
        assertEquals(0.8, negative.confidence(), 1e-9);
    }

    @Test
    void noClientProfileMeansLowConfidenceAndAFlag() {
        Answers answers = partner(List.of("revenue"), "3", "3", "named", "long-term");
        Score score = plugin.score(new ScoringInput(answers, Answers.NONE, Map.of()));
        // Only the partner-only signals count: team 20 + stance 15.
        assertEquals(35.0, score.value());
        assertTrue(score.confidence() <= 0.2, "confidence " + score.confidence());
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("has not stated its objectives")));
    }

    @Test
    void noPartnerAnswersMeanNoConfidence() {
        Score score = plugin.score(new ScoringInput(Answers.NONE, client(List.of("revenue"), "3", "3"), Map.of()));
        assertEquals(0.0, score.value());
        assertEquals(0.0, score.confidence());
        assertTrue(score.rationale().en().startsWith("Nothing could be scored"));
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("desire-interest"), ids);
    }

    @Test
    void everyQuestionIsBilingual() {
        plugin.partnerQuestionnaire().questions().forEach(q -> {
            assertTrue(!q.label().en().isBlank() && !q.label().zh().isBlank(), q.key());
        });
        plugin.clientProfileQuestionnaire().questions().forEach(q -> {
            assertTrue(!q.label().en().isBlank() && !q.label().zh().isBlank(), q.key());
        });
    }
}
