package org.partnerfit.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;

/**
 * Which events to read: from {@code from} up to but not including {@code to}. A null tenant means
 * every tenant and the operator's own events: only operators may ask for that; everybody else asks
 * for their own tenant.
 */
public record AuditQuery(String tenantId, AuditAction action, String actor, Instant from, Instant to) {

    public static AuditQuery ofTenant(String tenantId) {
        return new AuditQuery(tenantId, null, null, null, null);
    }

    /** The events of whole days, {@code firstDay} to {@code lastDay} included (UTC); null for no bound. */
    public static AuditQuery ofDays(String tenantId, AuditAction action, String actor, LocalDate firstDay, LocalDate lastDay) {
        return new AuditQuery(tenantId, action, actor, firstDay == null ? null : startOf(firstDay),
                lastDay == null ? null : startOf(lastDay.plusDays(1)));
    }

    /** As typed in a link or an API call: an action's name and ISO dates, each blank for none; refused in words. */
    public static AuditQuery parse(String tenantId, String action, String actor, String firstDay, String lastDay) {
        Map<String, Wording> problems = new LinkedHashMap<>();
        AuditAction named = null;
        if (action != null && !action.isBlank()) {
            try {
                named = AuditAction.valueOf(action.strip());
            } catch (IllegalArgumentException unknown) {
                problems.put("action", Wording.of("problem.notOneOf", Arrays.toString(AuditAction.values())));
            }
        }
        LocalDate first = day("from", firstDay, problems);
        LocalDate last = day("to", lastDay, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Wording.of("audit.queryRefused", Arrays.toString(AuditAction.values())), problems);
        }
        return ofDays(tenantId, named, actor, first, last);
    }

    private static LocalDate day(String name, String value, Map<String, Wording> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            // ISO dates may carry years far beyond the database's timestamps (+300000-01-01).
            if (day.getYear() < 1 || day.getYear() > 9999) {
                throw new DateTimeException("year out of range");
            }
            return day;
        } catch (DateTimeException notADate) {
            problems.put(name, Wording.of("problem.notADate"));
            return null;
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
