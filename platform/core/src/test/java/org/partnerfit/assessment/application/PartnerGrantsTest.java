package org.partnerfit.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.partnerfit.assessment.domain.PartnerAccount;

class PartnerGrantsTest {

    private static final PartnerContact VERIFIED = new PartnerContact(" Contact@Northwind.test ", true, "kc-1");
    private static final PartnerContact UNVERIFIED = new PartnerContact("contact@northwind.test", false, "kc-1");
    private static final Optional<PartnerAccount> GIVEN_OUT_BY_ACME = Optional.of(new PartnerAccount("contact@northwind.test", "kc-1", "acme"));

    @Test
    void aVerifiedAddressOpensEveryOrganisationsGrants() {
        assertTrue(PartnerGrants.visible("acme", VERIFIED, Optional.empty()));
        assertTrue(PartnerGrants.visible("globex", VERIFIED, GIVEN_OUT_BY_ACME));
        assertEquals("contact@northwind.test", VERIFIED.email(), "as grants store it");
    }

    /** Acme's admin gave the account out and saw its password: Globex's invitations stay hidden from it. */
    @Test
    void anUnverifiedAddressOpensOnlyTheGrantsOfTheOrganisationThatGaveTheAccountOut() {
        assertTrue(PartnerGrants.visible("acme", UNVERIFIED, GIVEN_OUT_BY_ACME));
        assertFalse(PartnerGrants.visible("globex", UNVERIFIED, GIVEN_OUT_BY_ACME));
    }

    /** An address typed into the account console, say. */
    @Test
    void anUnverifiedAddressNobodyHereGaveOutOpensNothing() {
        assertFalse(PartnerGrants.visible("acme", UNVERIFIED, Optional.empty()));
    }

    /** The account Acme gave out was deleted; someone else's account now claims the address, unverified. */
    @Test
    void anotherAccountOfAnAddressAClientGaveOutOpensNothing() {
        assertFalse(PartnerGrants.visible("acme", new PartnerContact("contact@northwind.test", false, "kc-2"), GIVEN_OUT_BY_ACME));
        assertFalse(PartnerGrants.visible("acme", new PartnerContact("contact@northwind.test", false, null), GIVEN_OUT_BY_ACME));
    }
}
