package org.partnerfit.plugins.domainexpertise;

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

class DomainExpertisePluginTest {

    private static final Answers FINTECH = answers("domain", "fintech");

    private final DomainExpertisePlugin plugin = new DomainExpertisePlugin();

    /** Answers from alternating keys and values; a value is a String or a List of Strings. */
    private static Answers answers(Object... keysAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            @SuppressWarnings("unchecked")
            List<String> list = value instanceof List<?> ? (List<String>) value : List.of((String) value);
            values.put((String) keysAndValues[i], list);
        }
        return new Answers(values);
    }

    private static Map<String, String> importance(String level) {
        return Map.of("importance", level);
    }

    private static double points(Score score, String key) {
        return score.contributions().stream().filter(c -> c.questionKey().equals(key))
                .mapToDouble(Contribution::points).sum();
    }

    /** Lists FinTech, 6 years, 2 projects, regulatory knowledge 3 of 5. */
    private static Answers mixedPartner() {
        return answers("domains", List.of("fintech", "insurance"), "domainYears", "6", "domainProjects", "2",
                "regulatory", "3");
    }

    /** Has never worked in the client's industry. */
    private static Answers noExperience() {
        return answers("domains", List.of("retail"), "domainYears", "0", "domainProjects", "0", "regulatory", "1");
    }

    @Test
    void seasonedPartnerInTheClientsIndustryScoresFull() {
        Answers partner = answers("domains", List.of("fintech"), "domainYears", "10", "domainProjects", "7",
                "regulatory", "5");
        for (String level : List.of("low", "medium", "high")) {
            Score score = plugin.score(new ScoringInput(partner, FINTECH, importance(level)));
            assertEquals(100.0, score.value(), level);
            assertEquals(1.0, score.confidence(), level);
            assertTrue(score.redFlags().isEmpty(), level + ": " + score.redFlags());
        }
    }

    @Test
    void negativeYearsOrProjectsAreNoAnswerNotAFirmWithoutExperience() {
        Answers partner = answers("domains", List.of("fintech"), "domainYears", "-3", "domainProjects", "-1", "regulatory", "4");
        Score score = plugin.score(new ScoringInput(partner, FINTECH, importance("high")));
        assertEquals(0.0, points(score, "domainYears"));
        assertEquals(0.0, points(score, "domainProjects"));
        assertTrue(score.redFlags().isEmpty(), "unanswered, not 'no projects': " + score.redFlags());
        assertTrue(score.confidence() < 1.0, "two questions not answered: " + score.confidence());
    }

    @Test
    void twoUnlistedIndustriesAreNotAMatchAnAssessorHasToJudge() {
        Answers partner = answers("domains", List.of("other"), "domainYears", "10", "domainProjects", "7", "regulatory", "5");
        Score score = plugin.score(new ScoringInput(partner, answers("domain", "other"), importance("high")));
        assertEquals(0.0, points(score, "domains"), "no match points for 'another industry' on both sides");
        assertTrue(score.confidence() < 1.0, "the match is not assessed: " + score.confidence());
        assertTrue(score.rationale().en().contains("not on the list") || score.contributions().stream()
                .anyMatch(c -> c.note().en().contains("not on the list")), score.contributions().toString());
    }

    @Test
    void mixedAnswersScoreTheHandComputedValue() {
        // Answers (out of 100): industry listed 25 * 1 = 25; 6 of 8 years: 25 * 0.75 = 18.75;
        // 2 of 5 projects: 30 * 0.4 = 12; regulatory 3 of 5: 20 * (3 - 1) / 4 = 10  -> 65.75
        // Medium importance: 25 baseline + 0.75 * 65.75 = 25 + 49.3125 = 74.3125 -> 74.3
        Score score = plugin.score(new ScoringInput(mixedPartner(), FINTECH, importance("medium")));
        assertEquals(74.3, score.value());
        assertEquals(25.0, points(score, "importance"), 1e-9);
        assertEquals(18.75, points(score, "domains"), 1e-9);
        assertEquals(14.0625, points(score, "domainYears"), 1e-9);
        assertEquals(9.0, points(score, "domainProjects"), 1e-9);
        assertEquals(7.5, points(score, "regulatory"), 1e-9);
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty(), score.redFlags().toString());
    }

    @Test
    void theImportanceSettingChangesTheScoreForTheSameAnswers() {
        // Same 65.75 answer points: low 70 + 0.3 * 65.75 = 89.725; medium 74.3125; high 65.75
        assertEquals(89.7, plugin.score(new ScoringInput(mixedPartner(), FINTECH, importance("low"))).value());
        assertEquals(74.3, plugin.score(new ScoringInput(mixedPartner(), FINTECH, importance("medium"))).value());
        assertEquals(65.8, plugin.score(new ScoringInput(mixedPartner(), FINTECH, importance("high"))).value());

        // No experience at all earns no answer points: only the baseline is left.
        Score low = plugin.score(new ScoringInput(noExperience(), FINTECH, importance("low")));
        Score medium = plugin.score(new ScoringInput(noExperience(), FINTECH, importance("medium")));
        Score high = plugin.score(new ScoringInput(noExperience(), FINTECH, importance("high")));
        assertEquals(70.0, low.value());
        assertEquals(25.0, medium.value());
        assertEquals(0.0, high.value());
        assertTrue(low.redFlags().isEmpty(), "little matters when importance is low: " + low.redFlags());
        assertTrue(medium.redFlags().isEmpty(), medium.redFlags().toString());
        assertTrue(high.redFlags().stream().anyMatch(f -> f.en().contains("rates industry experience as essential")
                && f.en().contains("has not shown experience in banking and FinTech")), high.redFlags().toString());
    }

    @Test
    void missingOrUnknownImportanceMeansMedium() {
        double medium = plugin.score(new ScoringInput(mixedPartner(), FINTECH, importance("medium"))).value();
        Score unset = plugin.score(new ScoringInput(mixedPartner(), FINTECH, Map.of()));
        assertEquals(medium, unset.value());
        assertEquals(medium, plugin.score(new ScoringInput(mixedPartner(), FINTECH, importance("extreme"))).value());
        assertTrue(unset.rationale().en().startsWith("The client rates industry experience as medium (not set, so the default)"),
                unset.rationale().en());
    }

    @Test
    void rationaleNamesWhatRaisedAndWhatLowered() {
        Score score = plugin.score(new ScoringInput(mixedPartner(), FINTECH, importance("medium")));
        String en = score.rationale().en();
        assertTrue(en.contains("25 of the 100 points are granted regardless"), en);
        assertTrue(en.contains("Raised by industry listed (banking and FinTech), years in the industry (6 years), "
                + "regulatory knowledge (3 of 5)"), en);
        assertTrue(en.contains("Lowered by projects in the industry (2)"), en);
        String zh = score.rationale().zh();
        assertTrue(zh.contains("提高分数的因素：行业匹配（银行与金融科技）"), zh);
        assertTrue(zh.contains("降低分数的因素：行业项目（2 个）"), zh);
    }

    @Test
    void missingAndGarbageAnswersLowerConfidenceNotCrash() {
        Answers partial = answers("domains", List.of("fintech"), "domainYears", "lots", "regulatory", "9");
        Score score = plugin.score(new ScoringInput(partial, FINTECH, importance("medium")));
        // 25 baseline + 0.75 * 25 for the listed industry = 43.75 -> 43.8
        assertEquals(43.8, score.value());
        assertEquals(0.25, score.confidence(), 1e-9, "1 of 4 scored questions answered");
        assertTrue(score.rationale().en().contains("years in the industry (not answered)"), score.rationale().en());
    }

    @Test
    void missingClientIndustryIsFlaggedAndLowersConfidence() {
        Score score = plugin.score(new ScoringInput(mixedPartner(), Answers.NONE, importance("medium")));
        // 25 + 0.75 * (18.75 + 12 + 10) = 55.5625 -> 55.6; the industry match cannot be assessed
        assertEquals(55.6, score.value());
        assertEquals(0.75, score.confidence(), 1e-9);
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("does not name the client's industry")),
                score.redFlags().toString());
    }

    @Test
    void experienceClaimedOutsideTheListedIndustriesIsFlagged() {
        Answers partner = answers("domains", List.of("retail"), "domainYears", "4", "domainProjects", "3");
        Score score = plugin.score(new ScoringInput(partner, FINTECH, importance("medium")));
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("does not list it among its industries")),
                score.redFlags().toString());
    }

    @Test
    void evidenceRaisesConfidenceALittleButNeverFromNothing() {
        List<Evidence> verified = List.of(new Evidence("domainEvidence", "letter.pdf", "application/pdf", 1000, true));
        Answers partial = answers("domains", List.of("fintech"), "domainYears", "3", "domainProjects", "1");
        assertEquals(0.85, plugin.score(new ScoringInput(partial, verified, FINTECH, Map.of())).confidence(), 1e-9);
        assertEquals(0.0, plugin.score(new ScoringInput(Answers.NONE, verified, FINTECH, Map.of())).confidence());
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("domain-expertise"), ids);
    }
}
