package org.partnerfit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerfit.assessment.application.PartnerContact;
import org.partnerfit.assessment.application.AssessmentSetup;
import org.partnerfit.assessment.application.CriterionResult;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.it.fixtures.FixturePlugin;
import org.partnerfit.it.fixtures.FixedScoreV1;
import org.partnerfit.it.fixtures.FixedScoreV2;
import org.partnerfit.it.fixtures.FutureSpiPlugin;
import org.partnerfit.it.fixtures.IdlePlugin;
import org.partnerfit.it.fixtures.LoopingPlugin;
import org.partnerfit.it.fixtures.ThrowingPlugin;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.application.PluginRejectedException;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.spi.Answers;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * The plugin runtime in Payara Micro: each refusal says which rule a JAR broke; a scorer that
 * throws or never returns fails only its own criterion; versions in use cannot be uninstalled.
 */
@ExtendWith(ArquillianExtension.class)
class PluginRuntimeIT {

    @Deployment
    static WebArchive deployment() {
        WebArchive war = CoreDeployment.withFixtures("plugin-runtime", ThrowingPlugin.class, LoopingPlugin.class,
                FutureSpiPlugin.class, IdlePlugin.class, FixedScoreV1.class, FixedScoreV2.class);
        JavaArchive noDescriptor = ShrinkWrap.create(JavaArchive.class, "NoDescriptor.jar").addClass(FixturePlugin.class);
        war.addAsResource(new ByteArrayAsset(CoreDeployment.bytes(noDescriptor)), "fixtures/NoDescriptor.jar");
        return war;
    }

    @EJB
    private PluginRegistry plugins;

    @EJB
    private CriterionCatalogue catalogue;

    @EJB
    private AssessmentSetup setup;

    @EJB
    private PartnerPortal portal;

    @EJB
    private ReviewService reviews;

    @EJB
    private org.partnerfit.scoring.application.RescoreService rescore;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    @jakarta.inject.Inject
    private jakarta.transaction.UserTransaction tx;

    @jakarta.inject.Inject
    private org.partnerfit.persistence.TenantScope tenancy;

    private void installOnce(String resource, String id) {
        if (plugins.latest(id).isEmpty()) {
            plugins.install(CoreDeployment.resource(resource), resource.substring(resource.lastIndexOf('/') + 1));
        }
    }

    @Test
    void eachBrokenJarIsRefusedWithItsReason() {
        assertEquals("NoDescriptor.jar has no plugin descriptor: META-INF/services/org.partnerfit.spi.CriterionPlugin is missing.",
                assertThrows(PluginRejectedException.class,
                        () -> plugins.install(CoreDeployment.resource("fixtures/NoDescriptor.jar"), "NoDescriptor.jar")).getMessage());
        assertEquals("FutureSpiPlugin.jar was built for SPI version 2; this platform runs SPI version 1.",
                assertThrows(PluginRejectedException.class,
                        () -> plugins.install(CoreDeployment.resource("fixtures/FutureSpiPlugin.jar"), "FutureSpiPlugin.jar")).getMessage());
        assertEquals("empty.jar is empty.", assertThrows(PluginRejectedException.class,
                () -> plugins.install(new byte[0], "empty.jar")).getMessage());
        assertTrue(plugins.artifact("fixture-future", "1.0.0").isEmpty(), "nothing of a refused JAR is stored");
    }

    @Test
    void aThrowingOrLoopingScorerFailsOnlyItsCriterion() {
        installOnce("fixtures/ThrowingPlugin.jar", "fixture-throwing");
        installOnce("fixtures/LoopingPlugin.jar", "fixture-looping");
        installOnce(CoreDeployment.PLUGIN_RESOURCE, "culture-fit");
        TenantId tenant = new TenantId("runtime-" + UUID.randomUUID().toString().substring(0, 8));
        for (String id : List.of("fixture-throwing", "fixture-looping", "culture-fit")) {
            catalogue.enable(tenant, id, true);
        }
        long assessment = setup.create(tenant, "Robustness", "", LocalDate.now().plusDays(3),
                Map.of("fixture-throwing", 30, "fixture-looping", 30, "culture-fit", 40));
        String contact = "robust-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.test";
        long invitation = setup.invite(tenant, assessment, "Robust Ltd", contact);
        setup.open(tenant, assessment);

        Answers yes = new Answers(Map.of("ok", List.of("yes")));
        portal.submit(PartnerContact.ofVerified(contact), invitation, "fixture-throwing", yes);
        portal.submit(PartnerContact.ofVerified(contact), invitation, "fixture-looping", yes);
        portal.submit(PartnerContact.ofVerified(contact), invitation, "culture-fit", new Answers(Map.of(
                "communication", List.of("3"), "recognition", List.of("3"), "meetings", List.of("3"),
                "incidents", List.of("1"), "product", List.of("2"))));

        Map<String, CriterionResult> results = new java.util.HashMap<>();
        reviews.review(tenant, assessment).partners().get(0).criteria().forEach(c -> results.put(c.pluginId(), c));
        assertTrue(results.get("fixture-throwing").failure().en().contains("this scorer is broken on purpose"),
                results.get("fixture-throwing").failure().en());
        assertEquals("The scorer did not finish within 2000 ms.", results.get("fixture-looping").failure().en());
        assertEquals("评分器未在 2000 毫秒内完成。", results.get("fixture-looping").failure().zh());
        assertTrue(results.get("culture-fit").scored(), "the healthy criterion was scored");
    }

    @Test
    void aVersionInUseCannotBeUninstalledAndTheRestCan() {
        installOnce(CoreDeployment.PLUGIN_RESOURCE, "culture-fit");
        TenantId tenant = new TenantId("uninstall-" + UUID.randomUUID().toString().substring(0, 8));
        catalogue.enable(tenant, "culture-fit", true);
        setup.create(tenant, "Pins culture-fit", "", null, Map.of("culture-fit", 100));
        PluginRejectedException refused = assertThrows(PluginRejectedException.class,
                () -> plugins.uninstall("culture-fit", CoreDeployment.PLUGIN_VERSION));
        assertTrue(refused.getMessage().startsWith("culture-fit@1.0.1 cannot be uninstalled: "), refused.getMessage());
        assertTrue(refused.getMessage().contains(tenant.value()), refused.getMessage());

        // A version nobody uses goes, and can come back.
        installOnce("fixtures/IdlePlugin.jar", "fixture-idle");
        plugins.uninstall("fixture-idle", "1.0.0");
        assertTrue(plugins.artifact("fixture-idle", "1.0.0").isEmpty());
        assertTrue(plugins.plugin("fixture-idle", "1.0.0").isEmpty(), "no longer loaded either");
        installOnce("fixtures/IdlePlugin.jar", "fixture-idle");
    }

    @Test
    void aVersionComesBackOnlyWithTheBytesItWasFirstInstalledWith() throws Exception {
        installOnce("fixtures/IdlePlugin.jar", "fixture-idle");
        plugins.uninstall("fixture-idle", "1.0.0");
        byte[] first = CoreDeployment.resource("fixtures/IdlePlugin.jar");
        byte[] rebuilt = withEntry(first, "META-INF/rebuilt.txt");

        PluginRejectedException refused = assertThrows(PluginRejectedException.class,
                () -> plugins.install(rebuilt, "IdlePlugin-rebuilt.jar"));
        assertEquals("fixture-idle@1.0.0 was installed before with other content (sha256 "
                + org.partnerfit.plugin.infrastructure.PluginJar.sha256(first) + "). A changed plugin needs a new version number.",
                refused.getMessage());
        assertTrue(plugins.artifact("fixture-idle", "1.0.0").isEmpty(), "nothing installed");

        installOnce("fixtures/IdlePlugin.jar", "fixture-idle");
        assertEquals(org.partnerfit.plugin.infrastructure.PluginJar.sha256(first),
                plugins.artifact("fixture-idle", "1.0.0").orElseThrow().getSha256(), "the same bytes come back");
    }

    /** The JAR with one more entry: the same plugin, other bytes, as a rebuild gives. */
    private static byte[] withEntry(byte[] jar, String name) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(jar));
                java.util.zip.ZipOutputStream copy = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                copy.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new java.util.zip.ZipEntry(name));
            copy.write("rebuilt".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            copy.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void anUpgradeLeavesRunningAssessmentsAloneAndRescoringShowsTheDifference() throws Exception {
        if (plugins.artifact("fixture-fixed", "1.0.0").isEmpty()) {
            plugins.install(CoreDeployment.resource("fixtures/FixedScoreV1.jar"), "FixedScoreV1.jar");
        }
        TenantId tenant = new TenantId("upgrade-" + UUID.randomUUID().toString().substring(0, 8));
        catalogue.enable(tenant, "fixture-fixed", true);
        long running = setup.create(tenant, "Pinned to 1.0.0", "", null, Map.of("fixture-fixed", 100));
        String contact = "upgrade-" + UUID.randomUUID().toString().substring(0, 8) + "@partner.test";
        long invitation = setup.invite(tenant, running, "Upgrade Ltd", contact);
        setup.open(tenant, running);
        portal.submit(PartnerContact.ofVerified(contact), invitation, "fixture-fixed", new Answers(Map.of("ok", List.of("yes"))));

        if (plugins.artifact("fixture-fixed", "1.1.0").isEmpty()) {
            plugins.install(CoreDeployment.resource("fixtures/FixedScoreV2.jar"), "FixedScoreV2.jar");
        }
        var review = reviews.review(tenant, running);
        assertEquals("1.0.0", review.criteria().get(0).pluginVersion(), "the running assessment keeps its version");
        assertEquals(50.0, review.partners().get(0).criteria().get(0).value());
        assertEquals("fixture-fixed@1.0.0", review.partners().get(0).criteria().get(0).scoredBy());

        var comparison = rescore.compare(tenant, running, "fixture-fixed", "1.1.0");
        assertEquals("1.0.0", comparison.pinnedVersion());
        assertEquals(1, comparison.lines().size());
        assertEquals(50.0, comparison.lines().get(0).pinnedValue());
        assertEquals(70.0, comparison.lines().get(0).newValue());
        assertEquals(20.0, comparison.lines().get(0).delta());
        assertEquals(50.0, reviews.review(tenant, running).partners().get(0).weightedTotal(), "comparing changes nothing");

        long next = setup.create(tenant, "After the upgrade", "", null, Map.of("fixture-fixed", 100));
        assertEquals("1.1.0", reviews.review(tenant, next).criteria().get(0).pluginVersion(), "new assessments pin the newest");

        tx.begin();
        try {
            tenancy.enter(em, tenant);
            String snapshot = em.createQuery("select c.questionnaireSnapshot from AssessmentCriterion c where c.assessment.id = :id",
                    String.class).setParameter("id", running).getSingleResult();
            assertTrue(snapshot.contains("\"key\":\"ok\"") && snapshot.contains("好吗"), "the questionnaire asked is kept: " + snapshot);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void anAssessmentNeedsSwitchedOnCriteriaWeightedTo100() {
        installOnce(CoreDeployment.PLUGIN_RESOURCE, "culture-fit");
        TenantId tenant = new TenantId("weights-" + UUID.randomUUID().toString().substring(0, 8));
        InvalidInputException off = assertThrows(InvalidInputException.class,
                () -> setup.create(tenant, "Off", "", null, Map.of("culture-fit", 100)));
        assertEquals("Criterion Cultural fit is not switched on for this organisation.", off.problems().get("culture-fit"));
        catalogue.enable(tenant, "culture-fit", true);
        InvalidInputException weights = assertThrows(InvalidInputException.class,
                () -> setup.create(tenant, "Bad weights", "", LocalDate.now().minusDays(1), Map.of("culture-fit", 60)));
        assertEquals("The weights add up to 60; they must add up to 100.", weights.problems().get("weights"));
        assertEquals("The due date is in the past.", weights.problems().get("dueDate"));
        assertTrue(catalogue.enabled(tenant).stream().anyMatch(e -> e.pluginId().equals("culture-fit")));
        catalogue.enable(tenant, "culture-fit", false);
        assertTrue(catalogue.enabled(tenant).isEmpty());
    }
}
