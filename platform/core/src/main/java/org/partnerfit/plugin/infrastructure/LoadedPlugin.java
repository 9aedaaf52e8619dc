package org.partnerfit.plugin.infrastructure;

import java.net.URLClassLoader;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Descriptor;

/** A plugin instance together with the class loader it lives in and the hash of its JAR. */
public record LoadedPlugin(CriterionPlugin plugin, URLClassLoader classLoader, String sha256) {

    public Descriptor descriptor() {
        return plugin.descriptor();
    }

    public String coordinates() {
        return plugin.descriptor().coordinates();
    }
}
