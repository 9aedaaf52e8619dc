package org.partnerfit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ReminderDaysTest {

    @Test
    void readsACommaSeparatedList() {
        assertEquals(Set.of(7, 3, 1), ReminderDays.parse("7,3,1"));
        assertEquals(Set.of(14, 0), ReminderDays.parse(" 14 , ,0 "));
    }

    @Test
    void leavesOutWhatIsNotANumberOfDays() {
        assertEquals(Set.of(2), ReminderDays.parse("two,2,-1,1.5"));
        assertEquals(Set.of(366), ReminderDays.parse("366,367,2147483647"), "at most a year ahead");
        assertEquals(Set.of(), ReminderDays.parse(""));
    }
}
