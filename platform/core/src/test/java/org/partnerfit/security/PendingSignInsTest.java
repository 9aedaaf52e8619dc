package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PendingSignInsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private final PendingSignIns pending = new PendingSignIns();

    @Test
    void theBrowserThatStartedASignInTakesItOnce() {
        SignInRequest started = SignInRequest.start("/client/assessments.xhtml");
        pending.put(started, "browser-a", NOW);
        assertEquals(Optional.of(started), pending.take(started.state(), "browser-a", NOW.plusSeconds(60)));
        assertTrue(pending.take(started.state(), "browser-a", NOW.plusSeconds(61)).isEmpty(), "a code and its verifier are used once");
    }

    @Test
    void anotherBrowserGetsNothingAndLeavesItInPlace() {
        SignInRequest started = SignInRequest.start("/");
        pending.put(started, "browser-a", NOW);
        assertTrue(pending.take(started.state(), "browser-b", NOW).isEmpty());
        assertTrue(pending.take(started.state(), null, NOW).isEmpty(), "a browser without the cookie");
        assertTrue(pending.take("made-up", "browser-a", NOW).isEmpty());
        assertEquals(Optional.of(started), pending.take(started.state(), "browser-a", NOW));
    }

    @Test
    void aSignInEndsWithItsLifetime() {
        SignInRequest started = SignInRequest.start("/");
        pending.put(started, "browser-a", NOW);
        assertTrue(pending.take(started.state(), "browser-a", NOW.plus(PendingSignIns.LIFETIME)).isEmpty());
    }

    @Test
    void aFloodPushesOutTheOldestAndNoMore() {
        SignInRequest first = SignInRequest.start("/");
        SignInRequest second = SignInRequest.start("/");
        pending.put(first, "browser-a", NOW);
        pending.put(second, "browser-a", NOW);
        for (int i = 0; i < PendingSignIns.CAPACITY - 1; i++) {
            pending.put(SignInRequest.start("/"), "flood", NOW);
        }
        assertTrue(pending.take(first.state(), "browser-a", NOW).isEmpty(), "the oldest gave way");
        assertEquals(Optional.of(second), pending.take(second.state(), "browser-a", NOW));
    }
}
