package org.partnerfit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerfit.assessment.application.AssessmentSetup;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.assessment.domain.Assessment;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.application.PluginRejectedException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.tenancy.domain.TenantId;

/** The tenant wall of EclipseLink multitenancy, in Payara Micro on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.create("tenancy");
    }

    @EJB
    private AssessmentSetup setup;

    @EJB
    private ReviewService reviews;

    @EJB
    private PluginRegistry plugins;

    @EJB
    private CriterionCatalogue catalogue;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private org.partnerfit.persistence.TenantScope tenancy;

    /** A new tenant with cultural fit switched on. */
    private TenantId tenant(String prefix) {
        cultureFitInstalled();
        TenantId tenant = new TenantId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        catalogue.enable(tenant, "culture-fit", true);
        return tenant;
    }

    private void cultureFitInstalled() {
        if (plugins.artifact("culture-fit", CoreDeployment.PLUGIN_VERSION).isEmpty()) {
            try {
                plugins.install(CoreDeployment.pluginJar(), "culture-fit.jar");
            } catch (PluginRejectedException alreadyThere) {
                // installed meanwhile by another test class sharing the database
            }
        }
    }

    @Test
    void aTenantSeesOnlyItsOwnAssessments() {
        cultureFitInstalled();
        TenantId acme = tenant("acme");
        TenantId globex = tenant("globex");
        long acmeAssessment = setup.create(acme, "Acme search", "", LocalDate.now().plusDays(10), Map.of("culture-fit", 100));
        setup.create(globex, "Globex search", "", LocalDate.now().plusDays(10), Map.of("culture-fit", 100));

        assertEquals(1, reviews.assessments(acme).size());
        assertEquals("Acme search", reviews.assessments(acme).get(0).name());
        assertEquals("Globex search", reviews.assessments(globex).get(0).name());
        assertEquals("Acme search", reviews.review(acme, acmeAssessment).name());
        assertThrows(NotFoundException.class, () -> reviews.review(globex, acmeAssessment));
        assertThrows(NotFoundException.class, () -> setup.invite(globex, acmeAssessment, "Spy Ltd", "spy@spy.test"));
    }

    @Test
    void theTenantColumnIsFilledFromTheEntityManager() throws Exception {
        cultureFitInstalled();
        TenantId acme = tenant("acme");
        long id = setup.create(acme, "Stamped", "", null, Map.of("culture-fit", 100));
        tx.begin();
        try {
            tenancy.enter(em, acme);
            Assessment loaded = em.createQuery("select a from Assessment a where a.id = :id", Assessment.class)
                    .setParameter("id", id).getSingleResult();
            assertEquals(acme.value(), loaded.getTenantId());
        } finally {
            tx.rollback();
        }
    }

    /** A partner's every call starts here; the criteria read lazily were a query of their own per save. */
    @Test
    void anInvitationIsReadWithItsAssessmentAndCriteria() throws Exception {
        TenantId acme = tenant("acme");
        long assessment = setup.create(acme, "Fetched", "", LocalDate.now().plusDays(10), Map.of("culture-fit", 100));
        long invitation = setup.invite(acme, assessment, "Fetch Ltd", "fetch@fetch.test");
        tx.begin();
        try {
            tenancy.enter(em, acme);
            org.partnerfit.assessment.domain.Invitation loaded = em.createNamedQuery("Invitation.byId",
                    org.partnerfit.assessment.domain.Invitation.class).setParameter("id", invitation).getSingleResult();
            jakarta.persistence.PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
            assertTrue(util.isLoaded(loaded, "assessment"), "the assessment comes with the invitation");
            assertTrue(util.isLoaded(loaded.getAssessment(), "criteria"), "the criteria come with the invitation");
            assertEquals(List.of("culture-fit"), loaded.getAssessment().getCriteria().stream()
                    .map(c -> c.getPluginId()).toList());
        } finally {
            tx.rollback();
        }
    }

    @jakarta.annotation.Resource(lookup = "jdbc/partnerfit")
    private javax.sql.DataSource database;

    /** The second wall: even raw SQL through the application's own connection sees one tenant only. */
    @Test
    void postgresShowsATransactionOnlyItsTenantsRows() throws Exception {
        TenantId acme = tenant("acme");
        TenantId globex = tenant("globex");
        setup.create(acme, "Row A", "", null, Map.of("culture-fit", 100));
        setup.create(globex, "Row B", "", null, Map.of("culture-fit", 100));

        tx.begin();
        try (var c = database.getConnection()) {
            setTenant(c, acme);
            assertEquals(1, count(c, "select count(*) from assessment"), "only acme's one assessment is visible");
            assertEquals(0, count(c, "select count(*) from assessment where tenant_id = '" + globex.value() + "'"));
            java.sql.SQLException refused = assertThrows(java.sql.SQLException.class, () -> {
                try (var insert = c.prepareStatement("insert into assessment (id, tenant_id, name, status, createdat) "
                        + "values (nextval('pf_seq'), ?, 'Smuggled', 'DRAFT', now())")) {
                    insert.setString(1, globex.value());
                    insert.executeUpdate();
                }
            });
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
        } finally {
            tx.rollback();
        }

        tx.begin();
        try (var c = database.getConnection()) {
            assertEquals(0, count(c, "select count(*) from assessment"), "no tenant set, no rows: the setting did not leak");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void theApplicationCannotRewriteTheAuditTrail() throws Exception {
        tenant("audit"); // records an event
        for (String rewrite : List.of("update audit_event set actor = 'nobody'", "delete from audit_event")) {
            tx.begin();
            try (var c = database.getConnection()) {
                java.sql.SQLException refused = assertThrows(java.sql.SQLException.class, () -> {
                    try (var s = c.createStatement()) {
                        s.executeUpdate(rewrite);
                    }
                });
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            } finally {
                tx.rollback();
            }
        }
    }

    private static void setTenant(java.sql.Connection c, TenantId tenant) throws java.sql.SQLException {
        try (var s = c.prepareStatement("select set_config('partnerfit.tenant', ?, true)")) {
            s.setString(1, tenant.value());
            s.executeQuery().close();
        }
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void anEntityManagerWithoutATenantCannotRead() throws Exception {
        cultureFitInstalled();
        setup.create(tenant("acme"), "Invisible", "", null, Map.of("culture-fit", 100));
        tx.begin();
        try {
            Exception refused = assertThrows(Exception.class,
                    () -> em.createQuery("select a from Assessment a", Assessment.class).getResultList());
            assertTrue(refused.getMessage().contains("eclipselink.tenant-id"), refused.getMessage());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void anEntityManagerWithoutATenantCannotWriteTenantData() throws Exception {
        tx.begin();
        try {
            Exception refused = assertThrows(Exception.class, () -> {
                em.persist(new Assessment("No tenant", "", null));
                em.flush();
            });
            assertTrue(String.valueOf(refused.getMessage()).contains("tenant_id"), "refused because of the tenant: " + refused);
        } finally {
            tx.rollback();
        }
    }
}
