package org.partnerfit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

class DueDateRemindersTest {

    @Test
    void theReminderDueIsTodaysOrTheNearestOneAMissedDayLeftUnsent() {
        Set<Integer> days = Set.of(7, 3, 1);
        assertEquals(7, DueDateReminders.reminderDue(days, 7));
        assertEquals(7, DueDateReminders.reminderDue(days, 5), "the 7-day reminder, if the job missed its day");
        assertEquals(3, DueDateReminders.reminderDue(days, 3));
        assertEquals(3, DueDateReminders.reminderDue(days, 2));
        assertEquals(1, DueDateReminders.reminderDue(days, 1));
        assertEquals(1, DueDateReminders.reminderDue(days, 0), "on the due date, the last one if it was missed");
        assertEquals(0, DueDateReminders.reminderDue(Set.of(0, 2), 0));
        assertEquals(2, DueDateReminders.reminderDue(Set.of(0, 2), 1));
        assertThrows(IllegalArgumentException.class, () -> DueDateReminders.reminderDue(days, 8));
    }
}
