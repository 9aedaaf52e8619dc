package org.partnerfit.persistence;

import jakarta.persistence.EntityManager;

import org.partnerfit.tenancy.domain.TenantId;

/** Binds an entity manager to one tenant for the rest of its transaction. */
public final class TenantScope {

    /** The EclipseLink context property that carries the tenant. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    private TenantScope() {
    }

    /**
     * Call first in a transaction, before the entity manager touches any tenant-owned entity:
     * EclipseLink reads the property when the persistence context first needs it.
     */
    public static EntityManager enter(EntityManager em, TenantId tenant) {
        em.setProperty(TENANT_PROPERTY, tenant.value());
        return em;
    }
}
