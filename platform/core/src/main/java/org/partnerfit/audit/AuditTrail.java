package org.partnerfit.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.partnerfit.tenancy.domain.TenantId;

/**
 * Appends to the audit trail and reads it. A change's event joins the change's transaction, so it
 * is kept exactly when the change is: a change that fails at commit leaves no event (a change in
 * the identity provider, outside any transaction, is recorded just after it is made). A refusal or
 * a failure ({@link AuditAction#isRefusalOrFailure}) is written in a transaction of its own, so it
 * is kept although what was refused is rolled back. The actor is the authenticated caller, as the
 * container knows them.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    public void record(AuditAction action, TenantId tenant, String subject, String detail) {
        recordAs(actor(), action, tenant, subject, detail);
    }

    /** For events whose actor the container does not know yet, such as a login being completed. */
    public void recordAs(String actor, AuditAction action, TenantId tenant, String subject, String detail) {
        AuditEvent event = new AuditEvent(actor, tenant == null ? null : tenant.value(), action, subject, detail);
        if (action.isRefusalOrFailure()) {
            caller.getBusinessObject(AuditTrail.class).recordAlone(event);
        } else {
            em.persist(event);
        }
    }

    /** The transaction of its own that {@link #recordAs} gives a refusal or a failure. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(AuditEvent event) {
        em.persist(event);
    }

    /** How many events the query finds. */
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditEvent> e = cq.from(AuditEvent.class);
        cq.select(cb.count(e)).where(matching(cb, e, query, null));
        return em.createQuery(cq).getSingleResult();
    }

    /** A page of the events, newest first: {@code max} of them from position {@code first} (from 0). */
    public List<AuditEvent> events(AuditQuery query, int first, int max) {
        return newestFirst(query, null).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
    }

    /**
     * The next {@code max} events after {@code last} (null: from the newest), newest first. Read
     * after the last one seen rather than by position, so a long trail costs the same per event
     * to its end; outside a transaction, so each chunk is read and let go ({@link AuditEvents#of}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<AuditEvent> after(AuditQuery query, AuditEvent last, int max) {
        return newestFirst(query, last).setMaxResults(Math.max(1, max)).getResultList();
    }

    /** Newest first; ties in time broken by id, so that "after the last one seen" is exact. */
    private TypedQuery<AuditEvent> newestFirst(AuditQuery query, AuditEvent after) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> cq = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> e = cq.from(AuditEvent.class);
        cq.where(matching(cb, e, query, after)).orderBy(cb.desc(e.get("at")), cb.desc(e.get("id")));
        return em.createQuery(cq);
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> e, AuditQuery query, AuditEvent after) {
        List<Predicate> where = new ArrayList<>();
        if (query.tenantId() != null) {
            where.add(cb.equal(e.get("tenantId"), query.tenantId()));
        }
        if (query.action() != null) {
            where.add(cb.equal(e.get("action"), query.action()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.add(cb.like(cb.lower(e.get("actor")), "%" + query.actor().toLowerCase().replace("%", "") + "%"));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("at"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(e.get("at"), query.to()));
        }
        if (after != null) {
            // The first bound lets the database start in the time index; the second settles ties.
            where.add(cb.lessThanOrEqualTo(e.get("at"), after.getAt()));
            where.add(cb.or(cb.lessThan(e.get("at"), after.getAt()), cb.lessThan(e.<Long>get("id"), after.getId())));
        }
        return where.toArray(Predicate[]::new);
    }

    private String actor() {
        try {
            String name = caller.getCallerPrincipal().getName();
            return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? "system" : name;
        } catch (IllegalStateException outsideACall) {
            return "system";
        }
    }
}
