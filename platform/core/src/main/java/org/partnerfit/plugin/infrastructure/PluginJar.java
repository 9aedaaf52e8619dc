package org.partnerfit.plugin.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.partnerfit.plugin.application.PluginRejectedException;
import org.partnerfit.shared.Wording;
import org.partnerfit.shared.ZipContents;
import org.partnerfit.spi.CriterionPlugin;

/** Opens the bytes of a plugin JAR in a class loader of its own and finds its one plugin. */
public final class PluginJar {

    private static final String SERVICE_INDEX = "META-INF/services/" + CriterionPlugin.class.getName();

    private PluginJar() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Loads the plugin in {@code content}, or says in words why it cannot: not a JAR, no
     * service index, not exactly one plugin, or a plugin that fails to start.
     */
    public static LoadedPlugin open(byte[] content, String fileName) {
        ZipContents zip = ZipContents.read(content);
        if (zip.tooLarge()) {
            throw new PluginRejectedException(Wording.of("plugin.zipBomb", fileName, ZipContents.limit()));
        }
        if (!zip.readable()) {
            throw new PluginRejectedException(Wording.of("plugin.notAJar", fileName));
        }
        Path copy = null;
        URLClassLoader loader = null;
        try {
            copy = Files.createTempFile("partnerfit-plugin-", ".jar");
            Files.write(copy, content);
            copy.toFile().deleteOnExit();
            loader = new URLClassLoader("plugin:" + fileName, new java.net.URL[]{copy.toUri().toURL()}, new SpiOnlyClassLoader());
            if (loader.findResource(SERVICE_INDEX) == null) {
                throw new PluginRejectedException(Wording.of("plugin.noDescriptor", fileName, SERVICE_INDEX));
            }
            List<CriterionPlugin> plugins = ServiceLoader.load(CriterionPlugin.class, loader).stream()
                    .map(ServiceLoader.Provider::get).toList();
            if (plugins.size() != 1) {
                throw new PluginRejectedException(Wording.of("plugin.notExactlyOne", fileName, plugins.size()));
            }
            CriterionPlugin plugin = plugins.get(0);
            int spi = plugin.descriptor().spiVersion();
            if (spi != CriterionPlugin.SPI_VERSION) {
                throw new PluginRejectedException(Wording.of("plugin.spiVersion", fileName, spi, CriterionPlugin.SPI_VERSION));
            }
            return new LoadedPlugin(plugin, loader, sha256(content));
        } catch (IOException e) {
            discard(loader, copy);
            throw new UncheckedIOException("Could not stage plugin " + fileName, e);
        } catch (PluginRejectedException e) {
            discard(loader, copy);
            throw e;
        } catch (RuntimeException | LinkageError | ServiceConfigurationError e) {
            // ServiceConfigurationError: a service index naming a class that is not there, has no
            // public no-argument constructor, or whose constructor throws.
            discard(loader, copy);
            throw new PluginRejectedException(Wording.of("plugin.notLoaded", fileName, e), e);
        }
    }

    private static void discard(URLClassLoader loader, Path copy) {
        try {
            if (loader != null) {
                loader.close();
            }
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException ignored) {
            // a temporary file, deleted at exit at the latest
        }
    }
}
