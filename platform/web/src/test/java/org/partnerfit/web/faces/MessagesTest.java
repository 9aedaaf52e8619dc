package org.partnerfit.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The portal speaks both languages everywhere: every text has an English and a Chinese version. */
class MessagesTest {

    @Test
    void bothLanguagesHaveEveryTextAndNoneIsEmpty() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertTrue(!english.getProperty(key).isBlank() && !chinese.getProperty(key).isBlank(), key + " is empty");
        }
    }

    @Test
    void everyNameAPageShowsAsWordsHasThem() throws IOException {
        Properties english = load("messages.properties");
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (var action : org.partnerfit.audit.AuditAction.values()) {
            keys.add("auditAction." + action);
        }
        for (var status : org.partnerfit.assessment.domain.AssessmentStatus.values()) {
            keys.add("status." + status);
        }
        for (var status : org.partnerfit.assessment.domain.SubmissionStatus.values()) {
            keys.add("submission." + status);
        }
        for (var recommendation : org.partnerfit.assessment.domain.Recommendation.values()) {
            keys.add("recommendation." + recommendation);
        }
        assertEquals(java.util.List.of(), keys.stream().filter(key -> english.getProperty(key) == null).toList());
    }

    /**
     * Texts with placeholders go through MessageFormat (h:outputFormat, FacesResponses.text with
     * arguments): the same placeholders in both languages, and a quote written twice, or it
     * swallows the text after it.
     */
    @Test
    void textsWithPlaceholdersAreMessageFormatPatterns() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{\\d+}");
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            if (!placeholder.matcher(en).find() && !placeholder.matcher(zh).find()) {
                continue;
            }
            assertEquals(new TreeSet<>(placeholder.matcher(en).results().map(r -> r.group()).toList()),
                    new TreeSet<>(placeholder.matcher(zh).results().map(r -> r.group()).toList()), key);
            for (String text : java.util.List.of(en, zh)) {
                assertTrue(text.replace("''", "").indexOf('\'') < 0, key + " has a single quote: " + text);
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/partnerfit/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
