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
            // The transaction's first use of the database: a database out of reach shows here,
            // as a failure to get the connection or to run the statement.
            try (PreparedStatement bind = em.unwrap(Connection.class).prepareStatement(BIND)) {
                bind.setString(1, tenant.value());
                bind.execute();
            } catch (SQLException | RuntimeException e) {
                if (e instanceof DatabaseUnavailableException found) {
                    throw found;
                }
                if (DatabaseUnavailableException.causes(e)) {
                    throw new DatabaseUnavailableException(e);
                }
                throw e instanceof RuntimeException r ? r
                        : new PersistenceException("Could not bind the transaction to tenant " + tenant.value() + ".", e);
            }
        }
        return em;
    }
}
