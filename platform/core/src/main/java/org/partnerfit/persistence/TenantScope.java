package org.partnerfit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.partnerfit.shared.DatabaseUnavailableException;
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

    private static final String BIND = "SELECT set_config('partnerfit.tenant', ?, true)";

    @EJB
    private SchemaMigrator schema;

    @jakarta.inject.Inject
    private AfterTransaction after;

    /** Whether the database has the row-level security policies; fixed once the schema is migrated. */
    private volatile Boolean rowLevelSecurity;

    /** Call first in a transaction, before the entity manager touches any tenant-owned entity. */
    public EntityManager enter(EntityManager em, TenantId tenant) {
        after.open();
        em.setProperty(TENANT_PROPERTY, tenant.value());
        if (rowLevelSecurity == null) {
            rowLevelSecurity = schema.rowLevelSecurity();
        }
        if (rowLevelSecurity) {
            // Plain JDBC on the transaction's own connection: as an EclipseLink native query, this
            // statement was rebuilt and its parameters parsed on every transaction. Were it ever
            // another connection, the policies would show this transaction no rows at all, never
            // another tenant's.
            // The transaction's first use of the database: a database out of reach shows here.
            try (PreparedStatement bind = connection(em).prepareStatement(BIND)) {
                bind.setString(1, tenant.value());
                bind.execute();
            } catch (SQLException | RuntimeException e) {
                if (DatabaseUnavailableException.causes(e)) {
                    throw new DatabaseUnavailableException(e);
                }
                throw e instanceof RuntimeException r ? r
                        : new PersistenceException("Could not bind the transaction to tenant " + tenant.value() + ".", e);
            }
        }
        return em;
    }

    /**
     * The transaction's connection. Failing to get one means nothing of the request was done, so
     * it may be sent again, whatever the failure: when a request finds the database gone, Payara's
     * pool drops all its connections, and two requests doing that at once can make the pool throw
     * its own {@code IllegalStateException} ("Task already scheduled or cancelled", seen by the
     * fault suite during a PostgreSQL restart) instead of a connection error.
     */
    private static Connection connection(EntityManager em) {
        try {
            return em.unwrap(Connection.class);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(e);
        }
    }
}
