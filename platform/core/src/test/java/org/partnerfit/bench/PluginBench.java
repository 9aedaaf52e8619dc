package org.partnerfit.bench;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.partnerfit.plugin.infrastructure.LoadedPlugin;
import org.partnerfit.plugin.infrastructure.PluginJar;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.testkit.AnswerGenerator;

/**
 * Prints figures, asserts nothing: how long the platform takes to verify and load each plugin
 * JAR (the in-process part of a hot install), and how many scores per second the plugins
 * produce over generated submissions. Run through infra/bench/plugins.sh.
 */
public final class PluginBench {

    private static final int SUBMISSIONS = 1_000;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> modules = Files.newDirectoryStream(root.resolve("plugins"))) {
            for (Path module : modules) {
                try (DirectoryStream<Path> built = Files.newDirectoryStream(module.resolve("target"), "partnerfit-plugin-*.jar")) {
                    built.forEach(jar -> {
                        if (!jar.getFileName().toString().startsWith("partnerfit-plugin-testkit")) {
                            jars.add(jar);
                        }
                    });
                } catch (java.nio.file.NoSuchFileException notBuilt) {
                    // a module without a build is skipped
                }
            }
        }
        jars.sort(null);
        System.out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%n== plugin load and verification (first = cold, then mean of 20 warm loads) ==%n");
        List<LoadedPlugin> plugins = new ArrayList<>();
        for (Path jar : jars) {
            byte[] bytes = Files.readAllBytes(jar);
            long start = System.nanoTime();
            LoadedPlugin plugin = PluginJar.open(bytes, jar.getFileName().toString());
            double cold = (System.nanoTime() - start) / 1e6;
            long warmStart = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                PluginJar.open(bytes, jar.getFileName().toString()).classLoader().close();
            }
            double warm = (System.nanoTime() - warmStart) / 1e6 / 20;
            System.out.printf("%-28s %6.1f ms cold %6.2f ms warm  (%d KiB)%n", plugin.coordinates(), cold, warm, bytes.length / 1024);
            plugins.add(plugin);
        }

        System.out.printf("%n== scoring throughput: %d generated submissions per plugin ==%n", SUBMISSIONS);
        Map<LoadedPlugin, List<ScoringInput>> inputs = new HashMap<>();
        for (LoadedPlugin p : plugins) {
            AnswerGenerator generator = new AnswerGenerator(p.coordinates().hashCode());
            CriterionPlugin plugin = p.plugin();
            Answers profile = generator.complete(plugin.clientProfileQuestionnaire());
            List<ScoringInput> list = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                Answers answers = i % 4 == 0 ? generator.partial(plugin.partnerQuestionnaire()) : generator.complete(plugin.partnerQuestionnaire());
                list.add(new ScoringInput(answers, profile, Map.of()));
            }
            inputs.put(p, list);
        }
        for (int round = 0; round < 3; round++) { // warm-up
            inputs.forEach((p, list) -> list.forEach(in -> p.plugin().score(in)));
        }
        long total = 0;
        for (LoadedPlugin p : plugins) {
            long start = System.nanoTime();
            inputs.get(p).forEach(in -> p.plugin().score(in));
            long nanos = System.nanoTime() - start;
            total += nanos;
            System.out.printf("%-28s %10.0f scores/s%n", p.coordinates(), SUBMISSIONS / (nanos / 1e9));
        }
        int scores = SUBMISSIONS * plugins.size();
        System.out.printf("all %d plugins, 1 thread:  %10.0f scores/s (%d scores in %.1f ms)%n",
                plugins.size(), scores / (total / 1e9), scores, total / 1e6);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (LoadedPlugin p : plugins) {
            running.add(pool.submit(() -> inputs.get(p).forEach(in -> p.plugin().score(in))));
        }
        for (Future<?> f : running) {
            f.get();
        }
        long parallel = System.nanoTime() - start;
        pool.shutdown();
        System.out.printf("all %d plugins, %d threads: %10.0f scores/s%n", plugins.size(), threads, scores / (parallel / 1e9));
    }
}
