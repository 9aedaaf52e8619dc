package org.partnerfit.tenancy.application;

import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.tenancy.domain.Tenant;
import org.partnerfit.tenancy.domain.TenantId;

/** The client organisations hosted here. */
@Stateless
public class TenantDirectory {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    public java.util.List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.name", Tenant.class).getResultList();
    }

    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()));
    }

    /**
     * Registers a new tenant and its TENANT_CREATED event in one transaction, so that neither is
     * kept without the other.
     */
    public Tenant create(TenantId id, String name, String firstAdmin) {
        Tenant tenant = new Tenant(id, name);
        em.persist(tenant);
        audit.record(AuditAction.TENANT_CREATED, id, id.value() + " '" + name + "'", "first client admin " + firstAdmin);
        return tenant;
    }

    /** Registers a tenant, or returns the one already registered under that id. */
    public Tenant register(TenantId id, String name) {
        return find(id).orElseGet(() -> {
            Tenant tenant = new Tenant(id, name);
            em.persist(tenant);
            return tenant;
        });
    }
}
