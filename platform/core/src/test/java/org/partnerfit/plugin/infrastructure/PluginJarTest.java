package org.partnerfit.plugin.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.partnerfit.plugin.application.PluginRejectedException;

class PluginJarTest {

    @Test
    void aServiceIndexNamingAClassThatIsNotThereIsRefusedAndLeavesNoCopyBehind() throws IOException {
        long copiesBefore = stagedCopies();
        PluginRejectedException refused = assertThrows(PluginRejectedException.class,
                () -> PluginJar.open(jarWithServiceIndex("com.example.NotThere\n"), "typo.jar"));
        assertTrue(refused.getMessage().startsWith("typo.jar could not be loaded: java.util.ServiceConfigurationError"),
                refused.getMessage());
        assertEquals(copiesBefore, stagedCopies(), "the staged copy is deleted");
    }

    private static long stagedCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("partnerfit-plugin-")).count();
        }
    }

    private static byte[] jarWithServiceIndex(String index) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(out)) {
            jar.putNextEntry(new ZipEntry("META-INF/services/org.partnerfit.spi.CriterionPlugin"));
            jar.write(index.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
