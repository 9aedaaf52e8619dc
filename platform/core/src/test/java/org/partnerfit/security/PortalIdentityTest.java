package org.partnerfit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;
import org.partnerfit.assessment.application.PartnerContact;

class PortalIdentityTest {

    private static final TokenEndpoint.Tokens TOKENS = new TokenEndpoint.Tokens("id", "refresh", Instant.parse("2026-11-28T03:00:00Z"));

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("sub", "u-1").add("preferred_username", "northwind-contact")
                .add("email", "contact@northwind.test");
    }

    @Test
    void aVerifiedEmailIsAVerifiedContact() {
        assertEquals(new PartnerContact("contact@northwind.test", true, "u-1"),
                PortalIdentity.from(claims().add("email_verified", true).build(), TOKENS).contact());
    }

    /** An address changed in the account console is unverified: PartnerGrants then trusts it only so far. */
    @Test
    void anUnverifiedOrUnsaidEmailIsAnUnverifiedContact() {
        PartnerContact unverified = new PartnerContact("contact@northwind.test", false, "u-1");
        assertEquals(unverified, PortalIdentity.from(claims().add("email_verified", false).build(), TOKENS).contact());
        assertEquals(unverified, PortalIdentity.from(claims().build(), TOKENS).contact());
        assertEquals(unverified, PortalIdentity.from(claims().add("email_verified", "true").build(), TOKENS).contact(),
                "a boolean, as the provider writes it");
    }
}
