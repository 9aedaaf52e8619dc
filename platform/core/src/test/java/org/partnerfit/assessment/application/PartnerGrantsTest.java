package org.partnerfit.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PartnerGrantsTest {

    private static final PartnerContact VERIFIED = PartnerContact.ofVerified(" Contact@Northwind.test ");
    private static final PartnerContact UNVERIFIED = new PartnerContact("contact@northwind.test", false);

    @Test
    void aVerifiedAddressOpensEveryOrganisationsGrants() {
        assertTrue(PartnerGrants.visible("acme", VERIFIED, Optional.empty()));
        assertTrue(PartnerGrants.visible("globex", VERIFIED, Optional.of("acme")));
        assertEquals("contact@northwind.test", VERIFIED.email(), "as grants store it");
    }

    /** Acme's admin gave the account out and saw its password: Globex's invitations stay hidden from it. */
    @Test
    void anUnverifiedAddressOpensOnlyTheGrantsOfTheOrganisationThatGaveTheAccountOut() {
        assertTrue(PartnerGrants.visible("acme", UNVERIFIED, Optional.of("acme")));
        assertFalse(PartnerGrants.visible("globex", UNVERIFIED, Optional.of("acme")));
    }

    /** An address typed into the account console, say. */
    @Test
    void anUnverifiedAddressNobodyHereGaveOutOpensNothing() {
        assertFalse(PartnerGrants.visible("acme", UNVERIFIED, Optional.empty()));
    }
}
