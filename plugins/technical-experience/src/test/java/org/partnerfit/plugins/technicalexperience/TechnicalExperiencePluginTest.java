package org.partnerfit.plugins.technicalexperience;

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

class TechnicalExperiencePluginTest {

    private final TechnicalExperiencePlugin plugin = new TechnicalExperiencePlugin();

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

    private static Answers client(List<String> stack, String kind) {
        return answers("stack", stack, "systemKind", kind);
    }

    private static double points(Score score, String key) {
        return score.contributions().stream().filter(c -> c.questionKey().equals(key))
                .mapToDouble(Contribution::points).sum();
    }

    /** Covers 3 of 4 technologies, related kind only, 2 similar systems, 36 months ago, no references. */
    private static Answers mixedPartner() {
        return answers("deliveredStack", List.of("java", "aws", "kubernetes", "python"),
                "deliveredKinds", List.of("integration", "data-platform"),
                "similarSystems", "2",
                "monthsSinceSimilar", "36",
                "references", "no");
    }

    private static Answers mixedClient() {
        return client(List.of("java", "aws", "kubernetes", "web-frontend"), "back-office");
    }

    @Test
    void experiencedPartnerOnTheSameStackScoresFull() {
        Answers partner = answers("deliveredStack", List.of("java", "aws", "kubernetes", "python"),
                "deliveredKinds", List.of("back-office"),
                "similarSystems", "10",
                "monthsSinceSimilar", "6",
                "references", "yes");
        Score score = plugin.score(new ScoringInput(partner, client(List.of("java", "aws", "kubernetes"), "back-office"), Map.of()));
        // 35 + 20 + 20 * (1 - 0.5^10) + 15 + 10 = 99.98 -> 100.0
        assertEquals(100.0, score.value());
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty(), score.redFlags().toString());
        assertEquals(5, score.contributions().size());
    }

    @Test
    void mixedAnswersScoreTheHandComputedValue() {
        // stack coverage 3 of 4 (web-frontend missing): 35 * 0.75    = 26.25
        // kind: back-office not delivered, integration is related:  20 * 0.5 = 10
        // 2 similar systems: 1 - 0.5^2 = 0.75:                      20 * 0.75 = 15
        // latest 36 months ago: (60 - 36) / (60 - 12) = 0.5:         15 * 0.5 = 7.5
        // no references:                                             10 * 0 = 0
        // total 58.75 -> rounded to one decimal 58.8
        Score score = plugin.score(new ScoringInput(mixedPartner(), mixedClient(), Map.of()));
        assertEquals(58.8, score.value());
        assertEquals(26.25, points(score, "deliveredStack"), 1e-9);
        assertEquals(10.0, points(score, "deliveredKinds"), 1e-9);
        assertEquals(15.0, points(score, "similarSystems"), 1e-9);
        assertEquals(7.5, points(score, "monthsSinceSimilar"), 1e-9);
        assertEquals(0.0, points(score, "references"), 1e-9);
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty(), "three quarters of the stack is not a red flag");
    }

    @Test
    void rationaleNamesWhatRaisedAndWhatLowered() {
        Score score = plugin.score(new ScoringInput(mixedPartner(), mixedClient(), Map.of()));
        String en = score.rationale().en();
        assertTrue(en.contains("Raised by stack coverage (3 of 4 technologies), kind of system (related kinds only)"), en);
        assertTrue(en.contains("Lowered by references (none offered)"), en);
        String zh = score.rationale().zh();
        assertTrue(zh.contains("提高分数的因素：技术栈覆盖（4 项中覆盖 3 项）"), zh);
        assertTrue(zh.contains("降低分数的因素：推荐人（无法提供）"), zh);
    }

    @Test
    void coveringLessThanHalfTheStackIsARedFlag() {
        Answers partner = answers("deliveredStack", List.of("java", "dotnet"), "deliveredKinds", List.of("back-office"),
                "similarSystems", "1", "monthsSinceSimilar", "3", "references", "yes");
        Score score = plugin.score(new ScoringInput(partner, mixedClient(), Map.of()));
        // 1 of 4 technologies: 35 * 0.25 = 8.75; kind 20; 1 system 10; fresh 15; references 10 -> 63.75 -> 63.8
        assertEquals(63.8, score.value());
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("only 1 of the client's 4 technologies")
                && f.en().contains("on-the-job learning")), score.redFlags().toString());
        assertTrue(score.rationale().en().contains("Lowered by stack coverage (1 of 4 technologies)"), score.rationale().en());
    }

    @Test
    void missingAndGarbageAnswersLowerConfidenceNotCrash() {
        Answers partial = answers("deliveredStack", List.of("java", "aws", "kubernetes", "web-frontend"),
                "references", "yes", "similarSystems", "banana", "deliveredKinds", List.of("spaceships"));
        Score score = plugin.score(new ScoringInput(partial, mixedClient(), Map.of()));
        assertEquals(45.0, score.value(), "full coverage 35 + references 10");
        assertEquals(0.4, score.confidence(), 1e-9, "2 of 5 scored questions answered");
        assertTrue(score.rationale().en().contains("similar systems in five years (not answered)"), score.rationale().en());
    }

    @Test
    void hugeNumbersAreCappedAndNegativeOnesAreNoAnswer() {
        Answers partner = answers("similarSystems", "1e300", "monthsSinceSimilar", "-5");
        Score score = plugin.score(new ScoringInput(partner, mixedClient(), Map.of()));
        assertEquals(20.0, score.value(), "20 for many systems; a go-live -5 months ago earns no recency");
        assertEquals(0.2, score.confidence(), 1e-9, "only the count of 5 scored questions is answered");
        Score none = plugin.score(new ScoringInput(answers("similarSystems", "-1"), mixedClient(), Map.of()));
        assertTrue(none.redFlags().stream().noneMatch(f -> f.en().contains("has not delivered")),
                "-1 systems is no answer, not the flag of a firm without any: " + none.redFlags());
    }

    @Test
    void noSimilarSystemIsFlaggedAndLeavesNothingRecent() {
        Answers partner = answers("similarSystems", "0");
        Score score = plugin.score(new ScoringInput(partner, mixedClient(), Map.of()));
        assertEquals(0.0, score.value());
        assertEquals(0.4, score.confidence(), 1e-9, "the count answers the recency question too");
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("has not delivered a system like the client's")));
    }

    @Test
    void missingClientProfileIsFlaggedAndLowersConfidence() {
        Score score = plugin.score(new ScoringInput(mixedPartner(), Answers.NONE, Map.of()));
        assertEquals(0.6, score.confidence(), 1e-9, "stack and kind cannot be compared");
        assertEquals(22.5, score.value(), "15 for two systems + 7.5 for recency");
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("does not state its stack or the kind of system")),
                score.redFlags().toString());
    }

    @Test
    void caseStudyRaisesConfidenceALittleButNeverFromNothing() {
        Answers partner = answers("deliveredStack", List.of("java"), "deliveredKinds", List.of("back-office"),
                "similarSystems", "1", "references", "yes");
        List<Evidence> verified = List.of(new Evidence("caseStudy", "case.pdf", "application/pdf", 1000, true));
        List<Evidence> unverified = List.of(new Evidence("caseStudy", "case.pdf", "application/pdf", 1000, false));
        assertEquals(0.9, plugin.score(new ScoringInput(partner, verified, mixedClient(), Map.of())).confidence(), 1e-9);
        assertEquals(0.85, plugin.score(new ScoringInput(partner, unverified, mixedClient(), Map.of())).confidence(), 1e-9);
        assertEquals(0.0, plugin.score(new ScoringInput(Answers.NONE, verified, mixedClient(), Map.of())).confidence());
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("technical-experience"), ids);
    }
}
