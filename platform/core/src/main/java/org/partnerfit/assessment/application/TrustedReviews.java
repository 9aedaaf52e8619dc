package org.partnerfit.assessment.application;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.partnerfit.plugin.application.NewestPluginVersions;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * A review from the ranking cache that can be trusted without the database: checked within the
 * second, unchanged on this node since, and naming the newest installed plugin versions. Read
 * before calling {@link ReviewService}, so that a hit costs no call into the EJB container
 * (its invocation, security and transaction steps were a ninth of a cached REST ranking).
 * The cache is keyed by tenant, so a hit is always the caller's own tenant's review.
 */
@ApplicationScoped
public class TrustedReviews {

    private final RankingCache cache;
    private final RankingChanges changes;
    private final NewestPluginVersions versions;

    protected TrustedReviews() { // for the container's proxy
        this(null, null, null);
    }

    @Inject
    public TrustedReviews(RankingCache cache, RankingChanges changes, NewestPluginVersions versions) {
        this.cache = cache;
        this.changes = changes;
        this.versions = versions;
    }

    /** The trusted review, or null: then ask {@link ReviewService#review}. */
    public AssessmentReview recent(TenantId tenant, long assessmentId) {
        long changed = changes.count(assessmentId);
        long now = System.nanoTime();
        Map<String, String> newest = versions.fresh(now);
        if (newest == null) {
            return null;
        }
        AssessmentReview recent = cache.recent(tenant, assessmentId, changed, now);
        return recent != null && pinnedAgainst(recent, newest) ? recent : null;
    }

    /** Whether the review names the newest installed version of each criterion's plugin (an install changes that). */
    static boolean pinnedAgainst(AssessmentReview review, Map<String, String> newest) {
        return review.criteria().stream()
                .allMatch(c -> c.newestVersion().equals(newest.getOrDefault(c.pluginId(), c.pluginVersion())));
    }
}
