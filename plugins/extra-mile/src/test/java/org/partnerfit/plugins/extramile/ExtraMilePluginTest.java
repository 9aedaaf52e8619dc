package org.partnerfit.plugins.extramile;

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

class ExtraMilePluginTest {

    private final ExtraMilePlugin plugin = new ExtraMilePlugin();

    /** Answers from alternating keys and values. */
    private static Answers answers(String... keysAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], List.of(keysAndValues[i + 1]));
        }
        return new Answers(values);
    }

    private static Score score(ExtraMilePlugin plugin, Answers partner) {
        return plugin.score(new ScoringInput(partner, Answers.NONE, Map.of()));
    }

    private static double points(Score score, String key) {
        return score.contributions().stream().filter(c -> c.questionKey().equals(key))
                .mapToDouble(Contribution::points).sum();
    }

    /** Three examples, 4 unbilled days, quarterly proposals, effort mostly around releases, no references. */
    private static Answers mixedPartner() {
        return answers("examples", "3", "unbilledTime", "yes", "unbilledDays", "4", "proposals", "quarterly",
                "throughout", "2", "references", "no");
    }

    @Test
    void generousPartnerScoresFull() {
        Answers partner = answers("examples", "8", "examplesDescription", "Two architect days during a cut-over...",
                "unbilledTime", "yes", "unbilledDays", "12", "proposals", "monthly", "throughout", "5", "references", "yes");
        Score score = score(plugin, partner);
        assertEquals(100.0, score.value());
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().isEmpty(), score.redFlags().toString());
    }

    @Test
    void mixedAnswersScoreTheHandComputedValue() {
        // examples 3 of 6:            25 * 0.5  = 12.5
        // unbilled time given:        10 * 1    = 10
        // 4 of 10 unbilled days:      10 * 0.4  = 4
        // quarterly proposals, step 2 of 3:  15 * 2/3 = 10
        // throughout 2 of 5: (2 - 1) / 4:    25 * 0.25 = 6.25
        // no references:              15 * 0    = 0
        // total 42.75 -> rounded to one decimal 42.8
        Score score = score(plugin, mixedPartner());
        assertEquals(42.8, score.value());
        assertEquals(12.5, points(score, "examples"), 1e-9);
        assertEquals(10.0, points(score, "unbilledTime"), 1e-9);
        assertEquals(4.0, points(score, "unbilledDays"), 1e-9);
        assertEquals(10.0, points(score, "proposals"), 1e-9);
        assertEquals(6.25, points(score, "throughout"), 1e-9);
        assertEquals(0.0, points(score, "references"), 1e-9);
        assertEquals(1.0, score.confidence());
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("mainly around key deliveries")), score.redFlags().toString());
        assertTrue(score.redFlags().stream().anyMatch(f -> f.en().contains("None of the examples can be checked")),
                score.redFlags().toString());
    }

    @Test
    void rationaleNamesWhatRaisedAndWhatLowered() {
        Score score = score(plugin, mixedPartner());
        String en = score.rationale().en();
        assertTrue(en.contains("Raised by documented examples (3), unbilled senior time (given), "
                + "unprompted proposals (about once a quarter)"), en);
        assertTrue(en.contains("Lowered by unbilled days (4 person-days), effort throughout the engagement (2 of 5), "
                + "references (none offered)"), en);
        String zh = score.rationale().zh();
        assertTrue(zh.contains("提高分数的因素：有据可查的实例（3 次）"), zh);
        assertTrue(zh.contains("降低分数的因素：无偿人天（4 人天）"), zh);
    }

    @Test
    void missingAnswersLowerConfidence() {
        // Unbilled time "no": the days question is not asked, so 5 scored questions remain; 2 answered.
        Score score = score(plugin, answers("examples", "2", "unbilledTime", "no", "unbilledDays", "30"));
        assertEquals(8.3, score.value(), "25 * 2/6 = 8.33; days given after a 'no' are ignored");
        assertEquals(0.4, score.confidence(), 1e-9);
        assertTrue(score.rationale().en().contains("references (not answered)"), score.rationale().en());

        // "yes" without the days: 6 scored questions, 1 answered.
        assertEquals(1 / 6.0, score(plugin, answers("unbilledTime", "yes")).confidence(), 1e-9);
    }

    @Test
    void garbageAndExtremeAnswersAreIgnoredOrCapped() {
        Score score = score(plugin, answers("examples", "-4", "unbilledTime", "maybe", "unbilledDays", "1e300",
                "proposals", "daily", "throughout", "7", "references", "yes"));
        assertEquals(15.0, score.value(), "only the references count; -4 examples are no answer");
        assertEquals(0.2, score.confidence(), 1e-9, "references alone of 5 asked questions");
        assertTrue(score.redFlags().stream().noneMatch(f -> f.en().contains("no documented occasion")),
                "-4 is no answer, not a firm without examples: " + score.redFlags());
    }

    @Test
    void evidenceRaisesConfidenceALittleAndAnswersTheVerificationFlag() {
        List<Evidence> letter = List.of(new Evidence("extraEvidence", "thanks.pdf", "application/pdf", 2000, false));
        Answers partner = answers("examples", "3", "unbilledTime", "no", "proposals", "yearly", "references", "no");
        Score without = score(plugin, partner);
        Score with = plugin.score(new ScoringInput(partner, letter, Answers.NONE, Map.of()));
        assertEquals(0.8, without.confidence(), 1e-9);
        assertEquals(0.85, with.confidence(), 1e-9);
        assertEquals(without.value(), with.value(), "evidence does not add points");
        assertTrue(without.redFlags().stream().anyMatch(f -> f.en().contains("can be checked")));
        assertTrue(with.redFlags().stream().noneMatch(f -> f.en().contains("can be checked")));
        assertEquals(0.0, plugin.score(new ScoringInput(Answers.NONE, letter, Answers.NONE, Map.of())).confidence());
    }

    @Test
    void isDiscoveredThroughTheServiceIndex() {
        List<String> ids = ServiceLoader.load(CriterionPlugin.class).stream()
                .map(p -> p.get().descriptor().id()).toList();
        assertEquals(List.of("extra-mile"), ids);
    }
}
