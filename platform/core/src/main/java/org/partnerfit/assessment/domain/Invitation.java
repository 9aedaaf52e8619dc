package org.partnerfit.assessment.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.persistence.TenantOwned;

/** A partner firm asked to take part in an assessment, reached through one contact. */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.byId", query = "select i from Invitation i where i.id = :id")
@NamedQuery(name = "Invitation.ofAssessment",
        query = "select i from Invitation i where i.assessment = :assessment order by i.firmName")
public class Invitation extends TenantOwned {

    @ManyToOne(optional = false)
    private Assessment assessment;

    @Column(nullable = false, length = 200)
    private String firmName;

    @Column(nullable = false, length = 320)
    private String contactEmail;

    @Column(nullable = false)
    private Instant invitedAt;

    protected Invitation() {
    }

    public Invitation(Assessment assessment, String firmName, String contactEmail) {
        this.assessment = assessment;
        this.firmName = firmName;
        this.contactEmail = contactEmail.trim().toLowerCase(Locale.ROOT);
        this.invitedAt = Instant.now();
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getFirmName() {
        return firmName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
