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
 * Appends to the audit trail and reads it. Each event is written in a transaction of its own, so
 * a refused or failed action is recorded even though the action itself is rolled back. The actor
 * is the authenticated caller, as the container knows them.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditAction action, TenantId tenant, String subject, String detail) {
        recordAs(actor(), action, tenant, subject, detail);
    }

    /** For events whose actor the container does not know yet, such as a login being completed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAs(String actor, AuditAction action, TenantId tenant, String subject, String detail) {
        em.persist(new AuditEvent(actor, tenant == null ? null : tenant.value(), action, subject, detail));
    }

    /** Newest first, at most {@code query.limit()} events. */
    public List<AuditEvent> events(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> cq = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> e = cq.from(AuditEvent.class);
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
        cq.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(e.get("at")), cb.desc(e.get("id")));
        TypedQuery<AuditEvent> q = em.createQuery(cq).setMaxResults(query.limit());
        return q.getResultList();
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
