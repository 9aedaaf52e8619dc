package org.partnerfit.notification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.partnerfit.assessment.domain.Invitation;
import org.partnerfit.persistence.TenantOwned;

/**
 * A due-date reminder recorded for one invitation and number of days before the due date. The
 * daily job skips what is recorded, and the table's unique constraint stops a second node
 * running the same job at the same time from recording it again.
 */
@Entity
@Table(name = "sent_reminder")
public class SentReminder extends TenantOwned {

    @ManyToOne(optional = false)
    private Invitation invitation;

    @Column(nullable = false)
    private int daysBefore;

    /** The due date the reminder announced: one moved since is owed its reminders again. */
    @Column(nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private Instant sentAt;

    protected SentReminder() {
    }

    SentReminder(Invitation invitation, int daysBefore, LocalDate dueDate) {
        this.invitation = invitation;
        this.daysBefore = daysBefore;
        this.dueDate = dueDate;
        this.sentAt = Instant.now();
    }
}
