package org.partnerfit.plugin.infrastructure;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.application.PluginRejectedException;

/**
 * Installs plugin JARs an operator drops into {@code partnerfit.plugin.dir}
 * (environment: {@code PARTNERFIT_PLUGIN_DIR}): once at start, then every ten seconds.
 * A JAR whose id@version is installed already is skipped; a broken one is logged with the reason.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Each install runs in its own transaction: one refused JAR must not undo the others.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PluginDirectoryWatcher {

    private static final Logger LOG = Logger.getLogger(PluginDirectoryWatcher.class.getName());

    @Inject
    @ConfigProperty(name = "partnerfit.plugin.dir")
    Optional<String> directory;

    @EJB
    PluginRegistry registry;

    /** Files already looked at, by path, with the size and time they had then. */
    private final Map<Path, String> seen = new ConcurrentHashMap<>();

    /** Files whose install failed for a passing reason, with the size and time they had then. */
    private final Map<Path, String> failing = new ConcurrentHashMap<>();

    @PostConstruct
    void installAtStart() {
        scan();
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public synchronized void scan() {
        if (directory.isEmpty() || directory.get().isBlank()) {
            return;
        }
        Path dir = Path.of(directory.get());
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : jars) {
                try {
                    installIfNew(jar);
                } catch (IOException e) {   // gone or unreadable since listed: the others go on
                    LOG.log(Level.WARNING, "Cannot read plugin " + jar, e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read plugin directory " + dir, e);
        }
    }

    private void installIfNew(Path jar) throws IOException {
        String stamp = Files.size(jar) + "/" + Files.getLastModifiedTime(jar).toMillis();
        if (stamp.equals(seen.get(jar))) {
            return;
        }
        byte[] content = Files.readAllBytes(jar);
        String sha = PluginJar.sha256(content);
        try {
            if (registry.installed().stream().noneMatch(a -> a.getSha256().equals(sha))) {
                registry.install(content, jar.getFileName().toString());
            }
        } catch (PluginRejectedException e) {
            LOG.warning(() -> "Plugin " + jar + " refused: " + e.getMessage());
        } catch (RuntimeException e) {
            // The database out of reach, or another node installing the same JAR this moment:
            // left unseen, so the next scan tries again; said once for each version of the file.
            Level level = stamp.equals(failing.put(jar, stamp)) ? Level.FINE : Level.WARNING;
            LOG.log(level, "Plugin " + jar + " not installed yet, trying again every ten seconds: " + e);
            return;
        }
        failing.remove(jar);
        seen.put(jar, stamp);
    }
}
