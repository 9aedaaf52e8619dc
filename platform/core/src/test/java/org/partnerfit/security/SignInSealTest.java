package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignInSealTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final SignInSeal seal = new SignInSeal();

    @Test
    void theSealedValueOpensToTheSameSignIn() {
        SignInSeal.Started started = seal.start("/client/assessments.xhtml?id=7", NOW);
        SignInRequest request = started.request();
        assertTrue(SignInCookies.wellFormed(request.state()), request.state());
        assertEquals(Optional.of(request), seal.open(request.state(), started.sealed(), NOW.plusSeconds(599)));
        assertTrue(request.pkce().verifier().matches("[A-Za-z0-9_-]{43}"), "RFC 7636 wants 43 to 128 unreserved characters");
        assertNotEquals(request.nonce(), request.pkce().verifier());
    }

    @Test
    void eachSignInHasItsOwnSecrets() {
        SignInRequest one = seal.start("/", NOW).request();
        SignInRequest two = seal.start("/", NOW).request();
        assertNotEquals(one.pkce().verifier(), two.pkce().verifier());
        assertNotEquals(one.nonce(), two.nonce());
    }

    @Test
    void anAddressTooLongForACookieIsRefused() {
        seal.start("/" + "x".repeat(SignInSeal.MAX_RETURN_TO - 1), NOW);
        assertThrows(IllegalArgumentException.class, () -> seal.start("/" + "x".repeat(SignInSeal.MAX_RETURN_TO), NOW));
    }

    @Test
    void theBrowserHoldsNoSecret() {
        SignInSeal.Started started = seal.start("/", NOW);
        assertTrue(!started.sealed().contains(started.request().pkce().verifier()) && !started.sealed().contains(started.request().nonce()),
                started.sealed());
    }

    @Test
    void aValueOpensOnlyForItsOwnState() {
        SignInSeal.Started first = seal.start("/", NOW);
        SignInSeal.Started second = seal.start("/", NOW);
        assertNotEquals(first.request().state(), second.request().state());
        assertTrue(seal.open(second.request().state(), first.sealed(), NOW).isEmpty());
    }

    @Test
    void aSignInEndsWithItsLifetime() {
        SignInSeal.Started started = seal.start("/", NOW);
        assertTrue(seal.open(started.request().state(), started.sealed(), NOW.plus(SignInSeal.LIFETIME)).isEmpty());
    }

    @Test
    void aChangedReturnPageOrLifetimeDoesNotOpen() {
        SignInSeal.Started started = seal.start("/client/assessments.xhtml", NOW);
        String[] parts = started.sealed().split("\\.");
        String elsewhere = Base64.getUrlEncoder().withoutPadding().encodeToString("https://evil.example/".getBytes());
        String state = started.request().state();
        assertTrue(seal.open(state, parts[0] + "." + elsewhere + "." + parts[2], NOW).isEmpty(), "another return page");
        assertTrue(seal.open(state, (Long.parseLong(parts[0]) + 86_400_000) + "." + parts[1] + "." + parts[2], NOW).isEmpty(), "a longer life");
    }

    @Test
    void anotherServersValueDoesNotOpen() {
        SignInSeal.Started started = new SignInSeal().start("/", NOW);
        assertTrue(seal.open(started.request().state(), started.sealed(), NOW).isEmpty(), "a restart makes a new key");
    }

    @Test
    void serversWithTheSameSharedKeyOpenEachOthersValues() {
        String shared = "a shared key of thirty-two characters or more";
        SignInSeal.Started started = sealWith(shared).start("/", NOW);
        assertEquals(Optional.of(started.request()), sealWith(shared).open(started.request().state(), started.sealed(), NOW));
        assertTrue(sealWith("another key of thirty-two characters or more").open(started.request().state(), started.sealed(), NOW).isEmpty());
        assertTrue(sealWith(shared).keySource().startsWith("shared"), sealWith(shared).keySource());
    }

    @Test
    void aSharedKeyTooShortToTrustIsNotUsed() {
        SignInSeal.Started started = sealWith("too short").start("/", NOW);
        assertTrue(sealWith("too short").open(started.request().state(), started.sealed(), NOW).isEmpty());
        assertTrue(sealWith("too short").keySource().startsWith("made at this start"), sealWith("too short").keySource());
    }

    /** A seal as the server makes it with {@code partnerfit.signin.key} set. */
    private static SignInSeal sealWith(String sharedKey) {
        SignInSeal configured = new SignInSeal();
        configured.sharedKey = Optional.of(sharedKey);
        configured.useSharedKey();
        return configured;
    }

    @Test
    void malformedValuesDoNotOpen() {
        String state = seal.start("/", NOW).request().state();
        for (String sealed : new String[] {null, "", "x", "1.2.3", "9999999999999999.AA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "1893456000000.A.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "1893456000000.AAAA!.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
            assertTrue(seal.open(state, sealed, NOW).isEmpty(), String.valueOf(sealed));
        }
        assertTrue(seal.open(null, seal.start("/", NOW).sealed(), NOW).isEmpty());
        assertEquals(0, SignInSeal.until("not sealed"));
    }
}
