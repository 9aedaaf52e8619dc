package org.partnerfit.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.spi.Text;

/** Every refusal reads in both languages, and every key the code names is there. */
class WordingTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*\\.[A-Za-z.]+)\"");

    @Test
    void bothLanguagesHaveEveryRefusalWithTheSamePlaceholders() throws IOException {
        Properties english = load("refusals.properties");
        Properties chinese = load("refusals_zh_CN.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            assertFalse(en.isBlank() || zh.isBlank(), key + " is empty");
            assertEquals(placeholders(en), placeholders(zh), key + " has other placeholders in Chinese");
            // MessageFormat swallows what stands between two single quotes: one meant as text is doubled.
            for (String pattern : new String[] {en, zh}) {
                assertFalse(pattern.replace("''", "").replace("'{'", "").replace("'}'", "").contains("'"),
                        key + " has a lone quote: " + pattern);
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Properties english = load("refusals.properties");
        Set<String> named = new TreeSet<>();
        Path platform = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> sources = Files.walk(platform)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/")).toList()) {
                for (String line : Files.readAllLines(source)) {
                    if (line.contains("Wording.of(")) {
                        Matcher m = KEY_LITERAL.matcher(line);
                        while (m.find()) {
                            named.add(m.group(1));
                        }
                    }
                }
            }
        }
        // Keys made from a name: statuses, the verbs of Assessment's moves, Provisioning's fields.
        for (AssessmentStatus s : AssessmentStatus.values()) {
            named.add("status." + s);
        }
        for (SubmissionStatus s : SubmissionStatus.values()) {
            named.add("submission." + s);
        }
        Stream.of("closed", "decided", "archived").forEach(verb -> named.add("assessment." + verb + "OnlyFrom"));
        Stream.of("name", "firstName", "lastName").forEach(field -> named.add("field." + field));

        assertTrue(named.size() > 100, "the scan found the keys: " + named.size());
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, "named in the code but not in refusals.properties");
    }

    @Test
    void readsInTheReadersLanguageWithArgumentsAsTheyAreAndWordedArgumentsTranslated() {
        Wording refusal = Wording.of("review.onlyOpenOrInReview", AssessmentStatus.DECIDED.wording());

        assertEquals("Review decisions are possible while an assessment is open or in review; this one is DECIDED.",
                refusal.english());
        assertEquals("只有进行中或审核中的评估才能作出评审决定；此评估当前为“已决定”。", refusal.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(refusal.english(), refusal.in(Locale.GERMAN), "any other language reads English");
        assertEquals(refusal.english(), refusal.in(null));
        // Numbers are not grouped, quotes doubled in the pattern come out single.
        assertEquals("A justification has at most 2000 characters.", Wording.of("override.justificationLong", 2000).english());
        assertEquals("'x' is not a number from 0 to 100.", Wording.of("override.notANumber", "x").english());
        assertEquals("Say whether the criterion is on: {\"enabled\": true} or false.", Wording.of("criterion.enabledRequired").english());
        // A plugin's text (a criterion's name) reads in the reader's language too.
        Wording incomplete = Wording.of("submitAll.criterionIncomplete", Text.of("Cultural fit", "文化契合度"), 2);
        assertEquals("Cultural fit: 2 question(s) still need an answer or a correction.", incomplete.english());
        assertEquals("文化契合度：还有 2 个问题需要回答或更正。", incomplete.in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aRefusalKeepsEnglishForTheApiAndGivesEachFieldInTheReadersLanguage() {
        InvalidInputException refused = new InvalidInputException(Wording.of("feedback.empty"), "text", Wording.of("problem.required"));

        assertEquals("Write the feedback before sharing it.", refused.getMessage());
        assertEquals(Map.of("text", "required"), refused.problems());
        assertEquals("请先写好反馈再分享。", refused.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Map.of("text", "必填"), refused.problems(Locale.SIMPLIFIED_CHINESE));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern.replace("'{'", "").replace("'}'", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WordingTest.class.getResourceAsStream("/org/partnerfit/shared/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
