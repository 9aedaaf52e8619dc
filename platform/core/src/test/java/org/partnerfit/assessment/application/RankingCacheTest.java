package org.partnerfit.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnerfit.tenancy.domain.TenantId;

class RankingCacheTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final AssessmentReview ACME_RANKING = new AssessmentReview(1, "Platform partner", "", null, null, List.of(),
            List.of(new PartnerResult(7, "Northwind Engineering", "contact@northwind.test", List.of(), null, null, null)));
    private static final long SECOND = RankingCache.TRUSTED_NANOS;

    @Test
    void answersOnlyTheTenantAndStampItWasBuiltFor() {
        RankingCache cache = new RankingCache();
        cache.put(ACME, 1, "stamp-1", 0, 0, ACME_RANKING);

        assertSame(ACME_RANKING, cache.get(ACME, 1, "stamp-1", 0, 0));
        assertNull(cache.get(GLOBEX, 1, "stamp-1", 0, 0), "another tenant with the same assessment id and stamp gets nothing");
        assertNull(cache.get(ACME, 1, "stamp-2", 0, 0), "anything written since changes the stamp");
        assertNull(cache.get(ACME, 2, "stamp-1", 0, 0));
        assertNull(cache.recent(GLOBEX, 1, 0, 0), "nor without a stamp");
    }

    @Test
    void trustsACheckedRankingForASecondWhileNothingChangedHere() {
        RankingCache cache = new RankingCache();
        cache.put(ACME, 1, "stamp-1", 4, 0, ACME_RANKING);

        assertSame(ACME_RANKING, cache.recent(ACME, 1, 4, SECOND - 1));
        assertNull(cache.recent(ACME, 1, 5, 10), "a transaction on this node changed the assessment");
        assertNull(cache.recent(ACME, 1, 4, SECOND), "a second later the stamp is asked again");

        assertSame(ACME_RANKING, cache.get(ACME, 1, "stamp-1", 5, SECOND), "same stamp: still good");
        assertSame(ACME_RANKING, cache.recent(ACME, 1, 5, 2 * SECOND - 1), "and trusted for another second from that check");
    }

    @Test
    void keepsOnlyTheMostRecentlyReadRankings() {
        RankingCache cache = new RankingCache();
        for (int id = 0; id < 40; id++) {
            cache.put(ACME, id, "s", 0, 0, ACME_RANKING);
            cache.get(ACME, 0, "s", 0, 0); // read often, so kept
        }
        assertSame(ACME_RANKING, cache.get(ACME, 0, "s", 0, 0));
        assertNull(cache.get(ACME, 1, "s", 0, 0), "the least recently read went first");
        assertSame(ACME_RANKING, cache.get(ACME, 39, "s", 0, 0));
    }
}
