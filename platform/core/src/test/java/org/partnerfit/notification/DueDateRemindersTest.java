package org.partnerfit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

class DueDateRemindersTest {

    @Test
    void theReminderDueIsTodaysOrTheNearestOneAMissedDayLeftUnsent() {
        Set<Integer> days = Set.of(7, 3, 1);
        assertEquals(7, DueDateReminders.owedReminderDays(days, 7));
        assertEquals(7, DueDateReminders.owedReminderDays(days, 5), "the 7-day reminder, if the job missed its day");
        assertEquals(3, DueDateReminders.owedReminderDays(days, 3));
        assertEquals(3, DueDateReminders.owedReminderDays(days, 2));
        assertEquals(1, DueDateReminders.owedReminderDays(days, 1));
        assertEquals(1, DueDateReminders.owedReminderDays(days, 0), "on the due date, the last one if it was missed");
        assertEquals(0, DueDateReminders.owedReminderDays(Set.of(0, 2), 0));
        assertEquals(2, DueDateReminders.owedReminderDays(Set.of(0, 2), 1));
        assertThrows(IllegalArgumentException.class, () -> DueDateReminders.owedReminderDays(days, 8));
    }
}
