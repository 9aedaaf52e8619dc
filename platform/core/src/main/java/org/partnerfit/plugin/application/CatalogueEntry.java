package org.partnerfit.plugin.application;

import org.partnerfit.spi.Text;

/** One installed criterion in a client's catalogue. */
public record CatalogueEntry(String pluginId, String version, Text name, Text description, boolean enabled,
                             int defaultWeight) {
}
