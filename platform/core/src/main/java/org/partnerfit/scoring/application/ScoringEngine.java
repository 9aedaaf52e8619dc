package org.partnerfit.scoring.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerfit.plugin.infrastructure.LoadedPlugin;
import org.partnerfit.plugin.infrastructure.PluginJar;
import org.partnerfit.shared.Wording;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Evidence;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.QuestionType;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;

/**
 * Runs a plugin's scorer on a managed thread under a time limit
 * ({@code partnerfit.scoring.timeout-ms}, default 2000), so a plugin that throws or loops
 * fails only its own criterion. The threads ({@code partnerfit.scoring.threads}, by default one
 * per processor and at least two) are {@link ScorerThreads}.
 */
@ApplicationScoped
public class ScoringEngine {

    private static final Logger LOG = Logger.getLogger(ScoringEngine.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "partnerfit.scoring.timeout-ms", defaultValue = "2000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "partnerfit.scoring.threads", defaultValue = "0")
    int threadCount;

    private ScorerThreads threads;

    @PostConstruct
    void start() {
        threads = new ScorerThreads(threadCount > 0 ? threadCount : Math.max(2, Runtime.getRuntime().availableProcessors()),
                threadFactory);
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }

    public ScoringOutcome score(LoadedPlugin plugin, ScoringInput input) {
        return finish(start(plugin, input));
    }

    /** A scorer started on a managed thread; {@link #finish} waits for it. */
    public record Running(LoadedPlugin plugin, String inputsHash, ScorerThreads.Call<Score> score) {
    }

    /**
     * Starts a scorer without waiting, so that a caller with many submissions (re-scoring a whole
     * assessment) keeps every scorer thread busy; the time limit counts from {@link #finish}.
     */
    public Running start(LoadedPlugin plugin, ScoringInput input) {
        ScoringInput seen = askedProfileOnly(plugin, shownEvidenceOnly(plugin, input));
        return new Running(plugin, inputsHash(seen), threads.submit(() -> runInPluginLoader(plugin, seen)));
    }

    private static ScoringInput shownEvidenceOnly(LoadedPlugin plugin, ScoringInput input) {
        if (input.evidence().isEmpty()) {
            return input;
        }
        try {
            return shownEvidenceOnly(plugin.plugin().partnerQuestionnaire(), input);
        } catch (RuntimeException | LinkageError brokenQuestionnaire) {   // the scorer's own failure will say what is wrong
            return input;
        }
    }

    private static ScoringInput askedProfileOnly(LoadedPlugin plugin, ScoringInput input) {
        if (input.clientProfile().values().isEmpty() && input.configuration().isEmpty()) {
            return input;
        }
        try {
            return askedProfileOnly(plugin.plugin().clientProfileQuestionnaire(), plugin.plugin().configurationOptions(), input);
        } catch (RuntimeException | LinkageError brokenQuestionnaire) {   // the scorer's own failure will say what is wrong
            return input;
        }
    }

    /**
     * The input with the client's profile and settings as this plugin version asks for them: a
     * key it does not ask, or a value it does not accept, saved under another version of it, is
     * left out, so the scorer falls back to its default as for an unanswered question instead of
     * reading a value its questionnaire would refuse; a number above its largest counts as that.
     */
    static ScoringInput askedProfileOnly(Questionnaire profile, Questionnaire settings, ScoringInput input) {
        Answers profileAnswers = accepted(profile, input.clientProfile());
        Map<String, List<String>> chosen = new java.util.LinkedHashMap<>();
        Map<String, QuestionType> types = settings.questions().stream().collect(Collectors.toMap(Question::key, Question::type));
        input.configuration().forEach((key, value) -> chosen.put(key, types.get(key) == QuestionType.MULTI_CHOICE
                ? List.of(value.split(",", -1)) : List.of(value)));
        Map<String, String> configuration = new java.util.HashMap<>();
        accepted(settings, new Answers(chosen)).values().forEach((key, values) -> configuration.put(key, String.join(",", values)));
        return profileAnswers.values().equals(input.clientProfile().values())
                && configuration.equals(input.configuration()) ? input
                : new ScoringInput(input.partner(), input.evidence(), profileAnswers, configuration);
    }

    /**
     * Each shown question's values, when the question accepts them all (and several only for a
     * multiple choice); a number above the question's largest counts as that largest, as the
     * client meant at least that much.
     */
    private static Answers accepted(Questionnaire asked, Answers given) {
        Map<String, List<String>> kept = new java.util.LinkedHashMap<>();
        for (Question q : asked.shownFor(given)) {
            List<String> values = given.all(q.key()).stream().map(v -> withinRange(q, v)).toList();
            if (!values.isEmpty() && (values.size() == 1 || q.type() == QuestionType.MULTI_CHOICE)
                    && values.stream().allMatch(q::accepts)) {
                kept.put(q.key(), values);
            }
        }
        return new Answers(kept);
    }

    /**
     * A number above the question's largest as that largest. One below its smallest stays, to be
     * left out: the bundled scorers read 0 or less as "not set", which the smallest (the strictest
     * setting) would contradict.
     */
    private static String withinRange(Question q, String value) {
        if (q.aboveMaximum(value)) {
            return Question.asAnswer(q.max());
        }
        return value;
    }

    /**
     * The input without files attached to a question the answers no longer show (a document for a
     * strategy the partner since said it does not have): the scorer would count them as support.
     */
    static ScoringInput shownEvidenceOnly(Questionnaire asked, ScoringInput input) {
        Set<String> shown = asked.shownFor(input.partner()).stream().map(Question::key).collect(Collectors.toSet());
        List<Evidence> kept = input.evidence().stream().filter(e -> shown.contains(e.questionKey())).toList();
        return kept.size() == input.evidence().size() ? input
                : new ScoringInput(input.partner(), kept, input.clientProfile(), input.configuration());
    }

    public ScoringOutcome finish(Running running) {
        LoadedPlugin plugin = running.plugin();
        String hash = running.inputsHash();
        try {
            return new ScoringOutcome(running.score().get(timeoutMillis, TimeUnit.MILLISECONDS), null, hash);
        } catch (TimeoutException e) {
            threads.abandon(running.score());
            return failure(plugin, hash, Wording.of("scoring.timedOut", String.valueOf(timeoutMillis)), e);
        } catch (ExecutionException e) {
            return failure(plugin, hash, Wording.of("scoring.threw", String.valueOf(e.getCause())), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(plugin, hash, Wording.of("scoring.interrupted"), e);
        }
    }

    private static Score runInPluginLoader(LoadedPlugin plugin, ScoringInput input) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin.classLoader());
        try {
            return plugin.plugin().score(input);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ScoringOutcome failure(LoadedPlugin plugin, String hash, Wording reason, Throwable cause) {
        LOG.log(Level.WARNING, "Scoring with " + plugin.coordinates() + " failed: " + reason.english(), cause);
        return new ScoringOutcome(null, reason.bilingual(), hash);
    }

    /** A stable hash of everything the scorer saw, independent of map order (public for the benchmark's data set). */
    public static String inputsHash(ScoringInput input) {
        String canonical = new TreeMap<>(input.partner().values()) + "|"
                + new TreeMap<>(input.clientProfile().values()) + "|"
                + new TreeMap<>((Map<String, String>) input.configuration()) + "|"
                + input.evidence().stream().map(Object::toString).sorted().toList();
        return PluginJar.sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }
}
