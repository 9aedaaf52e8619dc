package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class BearerTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static JsonWebToken expiringAt(Instant exp) {
        return TestTokens.expiringAt(exp);
    }

    private static BearerTokenCache at(Instant now) {
        return new BearerTokenCache(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void anAcceptedTokenNamesItsCallerUntilItExpires() {
        JsonWebToken jwt = expiringAt(NOW.plusSeconds(300));
        BearerTokenCache before = at(NOW);
        before.put("token-a", jwt, Set.of("assessor"));
        BearerTokenCache.Caller caller = before.get("token-a").orElseThrow();
        assertSame(jwt, caller.principal());
        assertEquals(Set.of("assessor"), caller.groups());
        assertTrue(before.get("token-b").isEmpty(), "another token is not known");
        assertTrue(before.get("token-a ").isEmpty(), "nor one that differs by a character");
    }

    @Test
    void anExpiredTokenIsForgotten() {
        TestTokens.MovingClock clock = new TestTokens.MovingClock(NOW);
        BearerTokenCache cache = new BearerTokenCache(clock);
        cache.put("token-a", expiringAt(NOW.plusSeconds(60)), Set.of());
        clock.now = NOW.plusSeconds(59);
        assertTrue(cache.get("token-a").isPresent());
        clock.now = NOW.plusSeconds(60);
        assertTrue(cache.get("token-a").isEmpty(), "a token is no longer good at its exp second");
        assertEquals(0, cache.size());
    }

    @Test
    void onlyAJwtWithAnExpiryIsKept() {
        BearerTokenCache cache = at(NOW);
        Principal plain = () -> "someone";
        cache.put("token-a", plain, Set.of("assessor"));
        cache.put("token-b", expiringAt(Instant.EPOCH), Set.of("assessor"));
        assertEquals(0, cache.size());
    }

    @Test
    void staysWithinItsCapacity() {
        BearerTokenCache cache = at(NOW);
        for (int i = 0; i < BearerTokenCache.CAPACITY + 10; i++) {
            cache.put("token-" + i, expiringAt(NOW.plusSeconds(60)), null);
        }
        assertTrue(cache.size() <= BearerTokenCache.CAPACITY);
        assertTrue(cache.get("token-" + (BearerTokenCache.CAPACITY + 9)).isPresent(), "the newest is kept");
    }
}
