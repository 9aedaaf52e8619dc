package org.partnerfit.assessment.application;

import org.partnerfit.spi.Text;

/** A criterion of an assessment with the plugin version it is pinned to and its weight. */
public record PinnedCriterion(String pluginId, String pluginVersion, Text name, int weight) {
}
