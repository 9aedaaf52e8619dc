package org.partnerfit.assessment.application;

import org.partnerfit.spi.Text;

/**
 * A criterion of an assessment with the plugin version it is pinned to, its weight, and the
 * newest installed version of the same plugin (equal to the pinned one when there is no newer).
 */
public record PinnedCriterion(String pluginId, String pluginVersion, Text name, int weight, String newestVersion) {

    public boolean newerInstalled() {
        return !pluginVersion.equals(newestVersion);
    }
}
