package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void challengeIsTheRfc7636ExampleForItsVerifier() {
        // RFC 7636, appendix B
        Pkce pkce = Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", pkce.challenge());
    }

    @Test
    void verifiersAreFreshAndWithinTheAllowedAlphabetAndLength() {
        Pkce one = Pkce.create();
        Pkce two = Pkce.create();
        assertNotEquals(one.verifier(), two.verifier());
        assertTrue(one.verifier().matches("[A-Za-z0-9_-]{43,128}"), one.verifier());
    }
}
