package org.partnerfit.web.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditEvent;
import org.partnerfit.audit.AuditQuery;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.security.Caller;

/**
 * The audit trail, filtered by action, actor and dates: a client admin sees their own
 * organisation's events, an operator everybody's.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @EJB
    private AuditTrail trail;

    @Inject
    private Caller caller;

    private AuditAction action;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private transient List<AuditEvent> events;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = load();
        }
        return events;
    }

    private List<AuditEvent> load() {
        String tenant;
        if (caller.isOperator()) {
            tenant = null;
        } else {
            TenantId own = caller.tenant().orElse(null);
            if (own == null) {
                return List.of();
            }
            tenant = own.value();
        }
        return trail.events(new AuditQuery(tenant, action, actor,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), 1000));
    }

    public void search() {
        events = null;
    }

    public String time(AuditEvent e) {
        return TIME.format(e.getAt());
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
