package org.partnerfit.plugin.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.application.PluginRejectedException;
import org.partnerfit.plugin.domain.PluginArtifact;

class PluginDirectoryWatcherTest {

    @TempDir
    Path folder;

    @Test
    void aJarThatCouldNotBeInstalledIsTriedAgainAndOneRefusedIsNot() throws IOException {
        Files.write(folder.resolve("criterion.jar"), new byte[] {1, 2, 3});
        List<String> attempts = new ArrayList<>();
        PluginDirectoryWatcher watcher = new PluginDirectoryWatcher();
        watcher.directory = Optional.of(folder.toString());
        watcher.registry = new PluginRegistry() {
            @Override
            public List<PluginArtifact> installed() {
                return List.of();
            }

            @Override
            public PluginArtifact install(byte[] content, String fileName) {
                attempts.add(fileName);
                if (attempts.size() == 1) {
                    throw new IllegalStateException("the database is out of reach");
                }
                throw new PluginRejectedException(org.partnerfit.shared.Wording.of("plugin.notAJar", fileName));
            }
        };

        watcher.scan();   // the database out of reach: not done with it
        watcher.scan();   // refused for good, until the file changes
        watcher.scan();
        assertEquals(List.of("criterion.jar", "criterion.jar"), attempts);
    }
}
