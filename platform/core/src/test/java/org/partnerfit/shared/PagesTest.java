package org.partnerfit.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void nothingStillMakesOnePage() {
        assertEquals(1, Pages.count(0, 20));
        assertEquals(1, Pages.within(3, 0, 20));
    }

    @Test
    void aPartPageCountsAsAPage() {
        assertEquals(1, Pages.count(20, 20));
        assertEquals(2, Pages.count(21, 20));
    }

    @Test
    void pagesOutsideTheListMoveToTheNearestEnd() {
        assertEquals(1, Pages.within(0, 45, 20));
        assertEquals(1, Pages.within(-7, 45, 20));
        assertEquals(2, Pages.within(2, 45, 20));
        assertEquals(3, Pages.within(Integer.MAX_VALUE, 45, 20));
    }

    @Test
    void aTotalBeyondIntStaysCountable() {
        assertEquals(Integer.MAX_VALUE, Pages.count(Long.MAX_VALUE / 2, 1));
        assertEquals(Integer.MAX_VALUE, Pages.within(Integer.MAX_VALUE, Long.MAX_VALUE / 2, 1));
    }
}
