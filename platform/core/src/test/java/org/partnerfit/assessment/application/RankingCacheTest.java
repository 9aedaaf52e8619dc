package org.partnerfit.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnerfit.tenancy.domain.TenantId;

class RankingCacheTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final List<PartnerResult> ACME_RANKING =
            List.of(new PartnerResult(7, "Northwind Engineering", "contact@northwind.test", List.of(), null, null, null));

    @Test
    void answersOnlyTheTenantAndStampItWasBuiltFor() {
        RankingCache cache = new RankingCache();
        cache.put(ACME, 1, "stamp-1", ACME_RANKING);

        assertEquals(ACME_RANKING, cache.get(ACME, 1, "stamp-1"));
        assertNull(cache.get(GLOBEX, 1, "stamp-1"), "another tenant with the same assessment id and stamp gets nothing");
        assertNull(cache.get(ACME, 1, "stamp-2"), "anything written since changes the stamp");
        assertNull(cache.get(ACME, 2, "stamp-1"));
    }

    @Test
    void keepsOnlyTheMostRecentlyReadRankings() {
        RankingCache cache = new RankingCache();
        for (int id = 0; id < 40; id++) {
            cache.put(ACME, id, "s", ACME_RANKING);
            cache.get(ACME, 0, "s"); // read often, so kept
        }
        assertEquals(ACME_RANKING, cache.get(ACME, 0, "s"));
        assertNull(cache.get(ACME, 1, "s"), "the least recently read went first");
        assertEquals(ACME_RANKING, cache.get(ACME, 39, "s"));
    }
}
