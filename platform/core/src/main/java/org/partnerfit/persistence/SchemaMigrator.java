package org.partnerfit.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date with the migrations under {@code db/migration} before
 * anything else of the application touches it: {@code common} everywhere, plus
 * {@code postgresql} (row-level security and grants) on PostgreSQL. Migrations run as the schema owner
 * ({@code jdbc/partnerfit-migration} when it exists, else {@code jdbc/partnerfit}); the grants
 * go to whichever role {@code jdbc/partnerfit} logs in as.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    static final String MIGRATION_DATA_SOURCE = "jdbc/partnerfit-migration";

    @Resource(lookup = "jdbc/partnerfit")
    private DataSource application;

    private volatile boolean rowLevelSecurity;

    // Flyway runs its own transactions on plain connections: no container transaction around it.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        DataSource owner = lookup(MIGRATION_DATA_SOURCE);
        String appRole = currentUser(application);
        rowLevelSecurity = isPostgres();
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(owner == null ? application : owner)
                .locations(rowLevelSecurity
                        ? new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"}
                        : new String[] {"classpath:db/migration/common"})
                .placeholders(Map.of("app_role", appRole))
                .load();
        var result = flyway.migrate();
        LOG.info(() -> "Schema of " + result.database + " at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations now); application role " + appRole
                + (rowLevelSecurity ? "; row-level security on" : "; no row-level security on this database"));
    }

    /** Whether the database enforces the tenant wall itself, so each transaction must name its tenant. */
    public boolean rowLevelSecurity() {
        return rowLevelSecurity;
    }

    private boolean isPostgres() {
        try (Connection c = application.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach jdbc/partnerfit", e);
        }
    }

    private static String currentUser(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT CURRENT_USER")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach jdbc/partnerfit", e);
        }
    }

    private static DataSource lookup(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException absent) {
            return null;
        }
    }
}
