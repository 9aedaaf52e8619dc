package org.partnerfit.scoring.application;

import java.util.List;

/** What re-scoring one criterion of an assessment with a newer plugin version would change. */
public record RescoreComparison(String pluginId, String pinnedVersion, String newVersion, List<RescoreLine> lines) {
}
