package org.partnerfit.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.partnerfit.persistence.BaseEntity;

/**
 * One thing someone did. Kept outside the tenant wall because operators read all of it; the
 * tenant column says whose it is, and the queries of client admins always filter on it.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends BaseEntity {

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 320)
    private String actor;

    @Column(length = 64)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(nullable = false, length = 400)
    private String subject;

    @Column(length = 2000)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(String actor, String tenantId, AuditAction action, String subject, String detail) {
        this.at = Instant.now();
        this.actor = cut(actor, 320);
        this.tenantId = tenantId;
        this.action = action;
        this.subject = cut(subject, 400);
        this.detail = detail == null ? null : cut(detail, 2000);
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getTenantId() {
        return tenantId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
