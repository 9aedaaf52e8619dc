package org.partnerfit.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.persistence.TenantOwned;

/**
 * One message in the thread between a client's assessors and a partner firm about one criterion.
 * Every message keeps when it was sent: response times are evidence of a partner's attention.
 */
@Entity
@Table(name = "clarification")
@NamedQuery(name = "Clarification.ofInvitation",
        query = "select c from Clarification c where c.invitation = :invitation order by c.sentAt, c.id")
public class Clarification extends TenantOwned {

    public static final int MAX_LENGTH = 4000;

    @ManyToOne(optional = false)
    private Invitation invitation;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false, length = 320)
    private String author;

    @Column(nullable = false)
    private boolean fromAssessor;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(nullable = false)
    private Instant sentAt;

    protected Clarification() {
    }

    public Clarification(Invitation invitation, String pluginId, String author, boolean fromAssessor, String body) {
        this.invitation = invitation;
        this.pluginId = pluginId;
        this.author = author;
        this.fromAssessor = fromAssessor;
        this.body = body;
        this.sentAt = Instant.now();
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getAuthor() {
        return author;
    }

    public boolean isFromAssessor() {
        return fromAssessor;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
