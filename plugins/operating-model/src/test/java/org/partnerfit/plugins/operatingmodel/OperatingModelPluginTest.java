package org.partnerfit.plugins.operatingmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Contribution;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;

class OperatingModelPluginTest {

    private final OperatingModelPlugin plugin = new OperatingModelPlugin();

    private static Answers answers(int agile, int remote, int release, int composition, int roadmap, int techDebt) {
        return new Answers(Map.of(
                "agile", List.of(String.valueOf(agile)),
                "remote", List.of(String.valueOf(remote)),
                "release", List.of(String.valueOf(release)),
                "composition", List.of(String.valueOf(composition)),
                "roadmap", List.of(String.valueOf(roadmap)),
                "techDebt", List.of(String.valueOf(techDebt))));
    }

    @Test
    void identicalModelsScoreFull() {
        Score score = plugin.score(new ScoringInput(answers(2, 3, 5, 4, 1, 4), answers(2, 3, 5, 4, 1, 4), Map.of()));
        assertEquals(100.0, score.value());
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty());
        assertEquals(6, score.contributions().size());
    }

    @Test
    void distanceLowersTheScoreByHandComputedAmount() {
        // client  2 2 4 5 3 4, partner 2 3 2 1 3 5 -> distances 0 1 2 4 0 1
        // similarities 1 + .75 + .5 + 0 + 1 + .75 = 4.0 -> 4.0 * 100/6 = 66.67 -> 66.7
        Score score = plugin.score(new ScoringInput(answers(2, 3, 2, 1, 3, 5), answers(2, 2, 4, 5, 3, 4), Map.of()));
        assertEquals(66.7, score.value());
        assertEquals(100.0 / 6 * 0.5, score.contributions().stream()
                .filter(c -> c.questionKey().equals("release")).mapToDouble(Contribution::points).sum(), 1e-9);
        assertEquals(1, score.redFlags().size(), "team composition, 4 apart, is flagged");
        assertTrue(score.redFlags().get(0).en().contains("team composition (4 apart)"), score.redFlags().get(0).en());
    }

    @Test
    void rationaleNamesWhatRaisedAndWhatLoweredTheScore() {
        Score score = plugin.score(new ScoringInput(answers(2, 3, 2, 1, 3, 5), answers(2, 2, 4, 5, 3, 4), Map.of()));
        String en = score.rationale().en();
        assertTrue(en.contains("Raised by close agreement on agile practice (0 apart), roadmap management (0 apart), "
                + "managing remote teams (1 apart), technical debt (1 apart)."), en);
        assertTrue(en.contains("Lowered by differences on team composition (4 apart), release practice (2 apart)."), en);
        assertTrue(score.rationale().zh().contains("以下方面存在差异，降低了分数：团队构成（相差 4 级）、发布实践（相差 2 级）"),
                score.rationale().zh());
    }

    @Test
    void missingAnswersLowerConfidenceNotCrash() {
        Answers partial = new Answers(Map.of(
                "agile", List.of("3"), "release", List.of("banana"), "remote", List.of("0"), "techDebt", List.of("NaN")));
        Score score = plugin.score(new ScoringInput(partial, answers(3, 3, 3, 3, 3, 3), Map.of()));
        // only agile is compared, and matches: 100/6 = 16.67 -> 16.7
        assertEquals(16.7, score.value());
        assertEquals(1.0 / 6, score.confidence(), 1e-9);
        assertTrue(score.rationale().en().contains("Not compared for lack of an answer: managing remote teams, "
                + "release practice, team composition, roadmap management, technical debt."), score.rationale().en());
    }

    @Test
    void noClientProfileMeansNoConfidenceAndAFlag() {
        Score score = plugin.score(new ScoringInput(answers(3, 3, 3, 3, 3, 3), Answers.NONE, Map.of()));
        assertEquals(0.0, score.value());
        assertEquals(0.0, score.confidence());
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("has not described its own operating model")));
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("operating-model"), ids);
    }

    @Test
    void everyQuestionIsBilingual() {
        plugin.partnerQuestionnaire().questions().forEach(q -> {
            assertTrue(!q.label().en().isBlank() && !q.label().zh().isBlank(), q.key());
        });
    }
}
