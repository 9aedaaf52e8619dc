package org.partnerfit.persistence;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.partnerfit.tenancy.domain.TenantId;

/**
 * Binds a transaction to one tenant, behind both walls: EclipseLink's tenant criterion on the
 * entity manager, and, on PostgreSQL, the {@code partnerfit.tenant} setting that the row-level
 * security policies read — set for this transaction only, so a pooled connection never carries
 * it into the next one.
 */
@ApplicationScoped
public class TenantScope {

    /** The EclipseLink context property that carries the tenant. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @EJB
    private SchemaMigrator schema;

    @jakarta.inject.Inject
    private AfterTransaction after;

    /** Call first in a transaction, before the entity manager touches any tenant-owned entity. */
    public EntityManager enter(EntityManager em, TenantId tenant) {
        after.open();
        em.setProperty(TENANT_PROPERTY, tenant.value());
        if (schema.rowLevelSecurity()) {
            em.createNativeQuery("SELECT set_config('partnerfit.tenant', ?1, true)")
                    .setParameter(1, tenant.value())
                    .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
                    .getSingleResult();
        }
        return em;
    }
}
