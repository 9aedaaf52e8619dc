package org.partnerfit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Choice;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Evidence;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.Text;

/**
 * The contract every criterion plugin keeps. A plugin module's test extends this class and
 * returns its plugin; JUnit then runs every check below against it.
 *
 * <pre>{@code
 * class MyPluginContractTest extends CriterionPluginContract {
 *     protected CriterionPlugin plugin() { return new MyPlugin(); }
 * }
 * }</pre>
 */
public abstract class CriterionPluginContract {

    private static final int SAMPLES = 200;

    /** A fresh instance of the plugin under test. */
    protected abstract CriterionPlugin plugin();

    @Test
    void descriptorIsComplete() {
        var d = plugin().descriptor();
        assertNotNull(d, "descriptor()");
        assertEquals(CriterionPlugin.SPI_VERSION, d.spiVersion(), "built against this SPI version");
        bilingual(d.name(), "descriptor name");
        bilingual(d.description(), "descriptor description");
    }

    @Test
    void isDiscoveredExactlyOnceThroughItsServiceIndex() {
        Class<?> type = plugin().getClass();
        long found = ServiceLoader.load(CriterionPlugin.class, type.getClassLoader()).stream()
                .filter(p -> p.type().equals(type)).count();
        assertEquals(1, found, "META-INF/services/" + CriterionPlugin.class.getName() + " lists " + type.getName());
    }

    @Test
    void questionnairesAreBilingual() {
        assertFalse(plugin().partnerQuestionnaire().isEmpty(), "a plugin asks the partner something");
        for (Questionnaire questionnaire : questionnaires()) {
            for (Question q : questionnaire.questions()) {
                bilingual(q.label(), q.key() + " label");
                if (q.help() != null) {
                    bilingual(q.help(), q.key() + " help");
                }
                if (q.unit() != null) {
                    assertFalse(q.unit().en().isBlank() || q.unit().zh().isBlank(), q.key() + " unit");
                }
                for (Choice c : q.choices()) {
                    assertFalse(c.label().en().isBlank() || c.label().zh().isBlank(), q.key() + " choice " + c.value());
                }
            }
        }
    }

    @Test
    void scoringIsDeterministic() {
        CriterionPlugin plugin = plugin();
        AnswerGenerator first = new AnswerGenerator(42);
        AnswerGenerator second = new AnswerGenerator(42);
        for (int i = 0; i < SAMPLES; i++) {
            ScoringInput a = input(plugin, first, i % 3 == 0);
            ScoringInput b = input(plugin, second, i % 3 == 0);
            assertEquals(plugin.score(a), plugin.score(b), "same input, same score (sample " + i + ")");
            assertEquals(plugin.score(a), plugin().score(a), "a second instance agrees (sample " + i + ")");
        }
    }

    @Test
    void scoresStayInBoundsAndAreExplained() {
        CriterionPlugin plugin = plugin();
        AnswerGenerator generator = new AnswerGenerator(7);
        for (int i = 0; i < SAMPLES; i++) {
            Score score = plugin.score(input(plugin, generator, i % 2 == 0));
            inBounds(score, "sample " + i);
        }
    }

    @Test
    void noAnswersMeanNoConfidence() {
        CriterionPlugin plugin = plugin();
        Answers profile = new AnswerGenerator(1).complete(plugin.clientProfileQuestionnaire());
        Score score = plugin.score(new ScoringInput(Answers.NONE, profile, Map.of()));
        inBounds(score, "no answers");
        assertTrue(score.confidence() <= 0.25, "confidence without answers is at most 0.25, was " + score.confidence());
        inBounds(plugin.score(new ScoringInput(Answers.NONE, Answers.NONE, Map.of())), "nothing at all");
    }

    @Test
    void adversarialAnswersNeverBreakTheScorer() {
        CriterionPlugin plugin = plugin();
        List<String> hostile = List.of("", " ", "-1", "-999999999", "1e308", "NaN", "Infinity", "0x10", "3.5", "6",
                "999999999999999999999", "<script>alert(1)</script>", "'; DROP TABLE submission; --", "一二三",
                "\u0000", "x".repeat(100_000), "1,5", "yes", "true");
        List<Question> all = new ArrayList<>();
        questionnaires().forEach(q -> all.addAll(q.questions()));
        for (String value : hostile) {
            Map<String, List<String>> values = new HashMap<>();
            for (Question q : all) {
                values.put(q.key(), List.of(value, value));
            }
            values.put("not-a-question", List.of(value));
            Answers answers = new Answers(values);
            Map<String, String> config = new HashMap<>();
            plugin.configurationOptions().questions().forEach(q -> config.put(q.key(), value));
            List<Evidence> evidence = List.of(new Evidence("not-a-question", value, value, -1, true));
            try {
                inBounds(plugin.score(new ScoringInput(answers, evidence, answers, config)), "value '" + abbreviate(value) + "'");
            } catch (RuntimeException e) {
                fail("scorer threw on the value '" + abbreviate(value) + "': " + e, e);
            }
        }
    }

    private List<Questionnaire> questionnaires() {
        CriterionPlugin plugin = plugin();
        return List.of(plugin.partnerQuestionnaire(), plugin.clientProfileQuestionnaire(), plugin.configurationOptions());
    }

    private static ScoringInput input(CriterionPlugin plugin, AnswerGenerator generator, boolean complete) {
        Questionnaire partner = plugin.partnerQuestionnaire();
        Answers answers = complete ? generator.complete(partner) : generator.partial(partner);
        Answers profile = generator.complete(plugin.clientProfileQuestionnaire());
        Map<String, String> config = new HashMap<>();
        generator.complete(plugin.configurationOptions()).values().forEach((k, v) -> config.put(k, v.get(0)));
        List<Evidence> evidence = new ArrayList<>();
        for (Question q : partner.questions()) {
            answers.first(q.key()).filter(v -> q.type() == org.partnerfit.spi.QuestionType.EVIDENCE)
                    .ifPresent(name -> evidence.add(new Evidence(q.key(), name, "application/pdf", 1000, name.hashCode() % 2 == 0)));
        }
        return new ScoringInput(answers, evidence, profile, config);
    }

    private static void inBounds(Score score, String what) {
        assertNotNull(score, what + ": score() returned null");
        assertTrue(score.value() >= 0 && score.value() <= 100, what + ": value " + score.value());
        assertTrue(score.confidence() >= 0 && score.confidence() <= 1, what + ": confidence " + score.confidence());
        assertFalse(score.rationale().en().isBlank() || score.rationale().zh().isBlank(), what + ": rationale in both languages");
    }

    private static void bilingual(Text text, String what) {
        assertNotNull(text, what);
        assertFalse(text.en().isBlank(), what + " in English");
        assertFalse(text.zh().isBlank(), what + " in Chinese");
        assertTrue(text.zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                what + " in Chinese has Chinese characters: " + text.zh());
    }

    private static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }
}
