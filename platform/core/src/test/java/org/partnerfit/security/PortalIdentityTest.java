package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;

class PortalIdentityTest {

    private static final TokenEndpoint.Tokens TOKENS = new TokenEndpoint.Tokens("id", "refresh", Instant.parse("2026-11-28T03:00:00Z"));

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("sub", "u-1").add("preferred_username", "northwind-contact")
                .add("email", "contact@northwind.test");
    }

    @Test
    void aVerifiedEmailIsTheContactsKey() {
        assertEquals("contact@northwind.test", PortalIdentity.from(claims().add("email_verified", true).build(), TOKENS).email());
    }

    /** An address changed in the account console is unverified: it must not open that address's invitations. */
    @Test
    void anUnverifiedOrUnsaidEmailOpensNothing() {
        assertEquals("", PortalIdentity.from(claims().add("email_verified", false).build(), TOKENS).email());
        assertEquals("", PortalIdentity.from(claims().build(), TOKENS).email());
        assertEquals("", PortalIdentity.from(claims().add("email_verified", "true").build(), TOKENS).email(), "a boolean, as the provider writes it");
    }
}
