package org.partnerfit.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.partnerfit.tenancy.domain.TenantId;

class KnownGrantsTest {

    private static final TenantId ACME = new TenantId("acme");

    @Test
    void answersOnlyTheContactAndInvitationOfTheGrant() {
        KnownGrants known = new KnownGrants();
        known.remember("contact@northwind.test", 7, ACME);

        assertEquals(ACME, known.tenantOf("contact@northwind.test", 7));
        assertNull(known.tenantOf("contact@contoso.test", 7), "another contact of the same invitation");
        assertNull(known.tenantOf("contact@northwind.test", 8), "another invitation of the same contact");
    }

    @Test
    void dropsTheLeastRecentlyUsedGrantWhenFull() {
        KnownGrants known = new KnownGrants();
        for (long i = 0; i < KnownGrants.CAPACITY; i++) {
            known.remember("contact@northwind.test", i, ACME);
        }
        known.tenantOf("contact@northwind.test", 0); // used again: kept
        known.remember("contact@northwind.test", KnownGrants.CAPACITY, ACME);

        assertEquals(ACME, known.tenantOf("contact@northwind.test", 0));
        assertNull(known.tenantOf("contact@northwind.test", 1), "the oldest unused one went");
        assertEquals(ACME, known.tenantOf("contact@northwind.test", KnownGrants.CAPACITY));
    }
}
