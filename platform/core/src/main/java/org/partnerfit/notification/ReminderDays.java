package org.partnerfit.notification;

import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;

/** How many days before a due date partners are reminded: {@code partnerfit.mail.reminder-days}, e.g. "7,3,1". */
final class ReminderDays {

    static final String KEY = "partnerfit.mail.reminder-days";

    /** A year: a reminder further ahead helps nobody, and a count past the calendar's end broke the daily query. */
    static final int MAX_DAYS = 366;

    private static final Logger LOG = Logger.getLogger(ReminderDays.class.getName());

    private ReminderDays() {
    }

    static Set<Integer> current() {
        return parse(ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("7,3,1"));
    }

    /** The day counts in a comma-separated list; 0 is the due date itself. What is not a count is logged and left out. */
    static Set<Integer> parse(String list) {
        Set<Integer> days = new TreeSet<>();
        for (String item : list.split(",")) {
            String day = item.strip();
            if (day.isEmpty()) {
                continue;
            }
            try {
                int value = Integer.parseInt(day);
                if (value < 0 || value > MAX_DAYS) {
                    throw new NumberFormatException("out of range");
                }
                days.add(value);
            } catch (NumberFormatException e) {
                LOG.warning(() -> KEY + " has '" + day + "', which is not a number of days from 0 to " + MAX_DAYS + "; it is left out.");
            }
        }
        return days;
    }
}
