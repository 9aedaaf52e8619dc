package org.partnerfit.assessment.application;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnerfit.plugin.application.NewestPluginVersions;
import org.partnerfit.spi.Text;
import org.partnerfit.tenancy.domain.TenantId;

class TrustedReviewsTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final AssessmentReview RANKING = new AssessmentReview(1, "Platform partner", "", null, null,
            List.of(new PinnedCriterion("culture-fit", "1.0.0", Text.of("Culture", "文化"), 50, "1.0.0")),
            List.of(new PartnerResult(7, "Northwind Engineering", "contact@northwind.test", List.of(), null, null, null)));

    private final RankingCache cache = new RankingCache();
    private final RankingChanges changes = new RankingChanges();

    /** Plugin versions as the registry last read them; null when that read is over a second old. */
    private static NewestPluginVersions read(Map<String, String> versions) {
        return new NewestPluginVersions() {
            @Override
            public Map<String, String> fresh(long now) {
                return versions;
            }
        };
    }

    @Test
    void aCheckedRankingIsTrustedForItsOwnTenantOnly() {
        TrustedReviews trusted = new TrustedReviews(cache, changes, read(Map.of("culture-fit", "1.0.0")));
        cache.put(ACME, 1, "stamp", changes.count(1), System.nanoTime(), RANKING);

        assertSame(RANKING, trusted.recent(ACME, 1));
        assertNull(trusted.recent(GLOBEX, 1), "another tenant's request with the same id");
        assertNull(trusted.recent(ACME, 2));
    }

    @Test
    void notTrustedOnceSomethingChangedHereOrAPluginIsNewerOrTheVersionsAreOld() {
        cache.put(ACME, 1, "stamp", changes.count(1), System.nanoTime(), RANKING);

        assertNull(new TrustedReviews(cache, changes, read(Map.of("culture-fit", "1.1.0"))).recent(ACME, 1),
                "a newer version was installed: the review must show it");
        assertNull(new TrustedReviews(cache, changes, read(null)).recent(ACME, 1),
                "the versions were read over a second ago: the service reads them again");

        TrustedReviews trusted = new TrustedReviews(cache, changes, read(Map.of("culture-fit", "1.0.0")));
        changes.changed(1);
        assertNull(trusted.recent(ACME, 1), "a transaction on this node changed the assessment");
    }
}
