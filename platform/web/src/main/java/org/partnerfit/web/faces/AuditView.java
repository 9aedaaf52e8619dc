package org.partnerfit.web.faces;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditEvent;
import org.partnerfit.audit.AuditQuery;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.web.security.Caller;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail, filtered by action, actor and dates: a client admin sees their own
 * organisation's events, an operator everybody's. The database counts the events and reads only
 * the page shown, so the view keeps the filters and 25 events however long the trail is.
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

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return query().map(q -> (int) Math.min(Integer.MAX_VALUE, trail.count(q))).orElse(0);
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return query().map(q -> trail.events(q, first, pageSize)).orElse(List.of());
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    /** The filters on screen, over the trail this caller may read. */
    private Optional<AuditQuery> query() {
        return caller.auditTrail(tenant -> AuditQuery.ofDays(tenant, action, actor, from, to));
    }

    /** New filters start at the first page; the table reads them when it loads. */
    public void search() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":audit:events") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /**
     * Takes the filters as they are on screen (the form is submitted), then sends the browser to
     * the export of every event under them, which the export servlet writes as it reads it.
     */
    public void export() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/files/audit?" + String.join("&",
                "action=" + (action == null ? "" : action.name()), "actor=" + encoded(actor),
                "from=" + (from == null ? "" : from), "to=" + (to == null ? "" : to)));
    }

    private static String encoded(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
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
