package org.partnerfit.notification;

import java.time.LocalDate;

import org.partnerfit.tenancy.domain.TenantId;

/** A due-date reminder was recorded for one invitation; it is mailed once that record has committed. */
record ReminderDue(TenantId tenant, long invitationId, String firmName, String contactEmail, String assessmentName,
                   LocalDate dueDate, int daysLeft, int submitted, int criteria) {
}
