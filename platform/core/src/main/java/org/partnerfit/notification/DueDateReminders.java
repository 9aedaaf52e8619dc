package org.partnerfit.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.persistence.TenantScope;
import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Reminds partner contacts of a coming due date: once a day, each contact of an open assessment
 * due in one of the configured numbers of days ({@code partnerfit.mail.reminder-days}) who has not
 * submitted every criterion gets a mail, at most once per invitation, number of days and due date
 * (a due date moved is owed its reminders again). A day
 * the job did not run (no node up, the database out of reach) is made up for: the next run sends
 * the nearest reminder still owed, to contacts who were invited, with the assessment open, before
 * that reminder's day began.
 */
@Stateless
public class DueDateReminders {

    private static final Logger LOG = Logger.getLogger(DueDateReminders.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private TenantDirectory tenants;

    @EJB
    private DueDateReminders self;

    @Inject
    private Event<ReminderDue> reminders;

    /** Daily, early in the UTC morning, the same UTC day AssessmentLifecycle closes by. */
    @Schedule(hour = "6", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        remindAll(LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Records and mails the reminders due on {@code today} in every tenant, each tenant in a
     * transaction of its own; returns how many. With mail off nothing is recorded, so reminders
     * go out once it is switched on.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindAll(LocalDate today) {
        if (MailSettings.current().isEmpty()) {
            return 0;
        }
        Set<Integer> days = ReminderDays.current();
        int sent = 0;
        for (var tenant : tenants.all()) {
            try {
                sent += self.remind(tenant.getId(), today, days);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Due-date reminders of " + tenant.getId() + " failed: " + e);
            }
        }
        int total = sent;
        if (total > 0) {
            LOG.info(() -> "Recorded " + total + " due-date reminder(s)");
        }
        return total;
    }

    /** One tenant's reminders due on {@code today}, {@code days} being the day counts that remind. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(TenantId tenant, LocalDate today, Set<Integer> days) {
        if (days.isEmpty()) {
            return 0;
        }
        tenancy.enter(em, tenant);
        int recorded = 0;
        for (Assessment assessment : em.createQuery("select a from Assessment a "
                        + "where a.status = :status and a.dueDate >= :today and a.dueDate <= :furthest", Assessment.class)
                .setParameter("status", AssessmentStatus.OPEN).setParameter("today", today)
                .setParameter("furthest", today.plusDays(Collections.max(days))).getResultList()) {
            int daysLeft = (int) ChronoUnit.DAYS.between(today, assessment.getDueDate());
            recorded += remind(tenant, assessment, owedReminderDays(days, daysLeft), daysLeft);
        }
        return recorded;
    }

    /** The reminder owed with {@code daysLeft} to go: today's, or the nearest one a missed day left unsent. */
    static int owedReminderDays(Set<Integer> days, int daysLeft) {
        return days.stream().filter(d -> d >= daysLeft).min(Integer::compare)
                .orElseThrow(() -> new IllegalArgumentException("no reminder " + daysLeft + " days or more before"));
    }

    /** Reminds of the {@code step}-days reminder, {@code daysLeft} days before the due date. */
    private int remind(TenantId tenant, Assessment assessment, int step, int daysLeft) {
        int criteria = assessment.getCriteria().size();
        Map<Long, Long> submitted = em.createQuery("select s.invitation.id, count(s) from Submission s "
                        + "where s.invitation.assessment = :assessment and s.status = :submitted group by s.invitation.id", Object[].class)
                .setParameter("assessment", assessment).setParameter("submitted", SubmissionStatus.SUBMITTED)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        // Per due date: one moved since is owed its reminders again.
        Set<Long> reminded = new HashSet<>(em.createQuery("select r.invitation.id from SentReminder r "
                        + "where r.invitation.assessment = :assessment and r.daysBefore = :days and r.dueDate = :due", Long.class)
                .setParameter("assessment", assessment).setParameter("days", step)
                .setParameter("due", assessment.getDueDate()).getResultList());
        // A reminder from a missed day is owed only to a contact who could have had it that day.
        Instant stepDay = assessment.getDueDate().minusDays(step).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant opened = assessment.getStatusChangedAt();
        List<Invitation> invitations = em.createNamedQuery("Invitation.ofAssessment", Invitation.class)
                .setParameter("assessment", assessment).getResultList();
        int recorded = 0;
        for (Invitation invitation : invitations) {
            int done = submitted.getOrDefault(invitation.getId(), 0L).intValue();
            Instant reachable = opened == null || invitation.getInvitedAt().isAfter(opened) ? invitation.getInvitedAt() : opened;
            boolean owed = step == daysLeft || reachable.isBefore(stepDay);
            if (done >= criteria || reminded.contains(invitation.getId()) || !owed) {
                continue;
            }
            em.persist(new SentReminder(invitation, step, assessment.getDueDate()));
            reminders.fire(new ReminderDue(tenant, invitation.getId(), invitation.getFirmName(), invitation.getContactEmail(),
                    assessment.getName(), assessment.getDueDate(), daysLeft, done, criteria));
            recorded++;
        }
        return recorded;
    }
}
