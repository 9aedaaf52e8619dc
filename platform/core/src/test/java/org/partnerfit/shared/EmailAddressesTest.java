package org.partnerfit.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void anAddressIsTakenWithoutTheSpacesPastedAroundIt() {
        assertEquals("ann@acme.test", EmailAddresses.cleaned(" ann@acme.test\u00A0\t"));
        assertEquals(null, EmailAddresses.cleaned(null));
    }

    @Test
    void anAddressNeedsItsFormAndPlainAsciiInTheUsualFormToBeMailed() {
        for (String good : new String[] {"ann@acme.test", "o'brien+bids@mail.example.co.uk", "info@xn--55qx5d.xn--fiqs8s"}) {
            assertTrue(EmailAddresses.wellFormed(good) && EmailAddresses.deliverable(good), good);
        }
        for (String malformed : new String[] {null, "", "ann", "ann@acme", "ann @acme.test", "a@b@c.test", "ann@acme.test\n"}) {
            assertFalse(EmailAddresses.wellFormed(malformed), String.valueOf(malformed));
        }
        for (String undeliverable : new String[] {"张三@公司.中国", "zoë@acme.test", "ann@acmé.test", "ann@acme.test\u00A0",
                "a,b@c.test", "a..b@acme.test", "Ann<ann@acme.test>", "(x)@acme.test"}) {
            assertTrue(EmailAddresses.wellFormed(undeliverable), undeliverable);
            assertFalse(EmailAddresses.deliverable(undeliverable), undeliverable);
        }
    }
}
