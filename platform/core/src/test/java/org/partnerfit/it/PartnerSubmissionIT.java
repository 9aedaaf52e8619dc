package org.partnerfit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerfit.assessment.application.PartnerContact;
import org.partnerfit.assessment.application.AssessmentSetup;
import org.partnerfit.assessment.application.CriterionResult;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.application.PluginRejectedException;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.spi.Answers;
import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * The thin slice below the portal, in Payara Micro on PostgreSQL: the plugin JAR installed at
 * run time, an invited partner drafting and submitting, the score and its rationale stored.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerSubmissionIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.create("partner-submission");
    }

    @EJB
    private PluginRegistry plugins;

    @EJB
    private CriterionCatalogue catalogue;

    @EJB
    private TenantDirectory tenants;

    @EJB
    private AssessmentSetup setup;

    @EJB
    private PartnerPortal portal;

    @EJB
    private org.partnerfit.assessment.application.ClientProfiles profiles;

    @EJB
    private ReviewService reviews;

    @EJB
    private org.partnerfit.audit.AuditTrail audit;

    @EJB
    private org.partnerfit.assessment.application.AssessmentLifecycle lifecycle;

    private static Answers answers(String... scale) {
        String[] keys = {"communication", "recognition", "meetings", "incidents", "product"};
        Map<String, List<String>> values = new java.util.HashMap<>();
        for (int i = 0; i < scale.length; i++) {
            values.put(keys[i], List.of(scale[i]));
        }
        return new Answers(values);
    }

    @Test
    void pluginsAreInstalledAtRunTimeAndBrokenOnesRefusedInWords() {
        if (plugins.artifact("culture-fit", CoreDeployment.PLUGIN_VERSION).isEmpty()) {
            plugins.install(CoreDeployment.pluginJar(), "culture-fit.jar");
        }
        assertTrue(plugins.plugin("culture-fit", CoreDeployment.PLUGIN_VERSION).isPresent());
        PluginRejectedException again = assertThrows(PluginRejectedException.class,
                () -> plugins.install(CoreDeployment.pluginJar(), "culture-fit-copy.jar"));
        assertEquals("culture-fit@1.0.1 is already installed.", again.getMessage());
        PluginRejectedException notAJar = assertThrows(PluginRejectedException.class,
                () -> plugins.install("hello".getBytes(), "notes.txt"));
        assertEquals("notes.txt is not a JAR file.", notAJar.getMessage());
        // The plugin's classes live in its own loader, not the application's.
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.partnerfit.plugins.culturefit.CultureFitPlugin"));
    }

    private void installCultureFit() {
        if (plugins.artifact("culture-fit", CoreDeployment.PLUGIN_VERSION).isEmpty()) {
            try {
                plugins.install(CoreDeployment.pluginJar(), "culture-fit.jar");
            } catch (PluginRejectedException installedMeanwhile) {
                // another test installed it
            }
        }
    }

    @Test
    void aContactsInvitationsComeOpenOnesFirstThenNewestFirstAPageAtATime() {
        installCultureFit();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String contact = "many-" + suffix + "@northwind.test";
        TenantId acme = tenants.register(new TenantId("acme-" + suffix), "Acme " + suffix).getId();
        TenantId globex = tenants.register(new TenantId("globex-" + suffix), "Globex " + suffix).getId();
        catalogue.enable(acme, "culture-fit", true);
        catalogue.enable(globex, "culture-fit", true);
        long draft = invited(acme, "Not opened yet", contact, false);
        long acmeOpen = invited(acme, "Open at Acme", contact, true);
        long answersClosed = setup.create(globex, "Closed", "", LocalDate.now().plusDays(5), Map.of("culture-fit", 100));
        long closed = setup.invite(globex, answersClosed, "Northwind", contact);
        setup.open(globex, answersClosed);
        lifecycle.close(globex, answersClosed);
        long globexOpen = invited(globex, "Open at Globex", contact, true);

        assertEquals(List.of(globexOpen, acmeOpen, closed, draft), ids(portal.invitations(PartnerContact.ofVerified(contact))));
        var second = portal.invitations(PartnerContact.ofVerified(contact), 2, 2);
        assertEquals(List.of(closed, draft), ids(second.invitations()));
        assertEquals(List.of(2, 2, 4, 3, 4), List.of(second.number(), second.pages(), second.total(), second.firstShown(), second.lastShown()));
        assertEquals(List.of(closed, draft), ids(portal.invitations(PartnerContact.ofVerified(contact), 9, 2).invitations()), "past the end is the last page");
        assertEquals(List.of(globexOpen), ids(portal.invitations(PartnerContact.ofVerified(contact), 0, 1).invitations()), "before the start is the first");
        var none = portal.invitations(PartnerContact.ofVerified("nobody-" + suffix + "@northwind.test"), 1, 20);
        assertEquals(List.of(1, 1, 0), List.of(none.number(), none.pages(), none.total()));
    }

    /** An invitation of the contact to a new assessment of the tenant, opened or left a draft. */
    private long invited(TenantId tenant, String name, String contact, boolean open) {
        long assessment = setup.create(tenant, name, "", LocalDate.now().plusDays(5), Map.of("culture-fit", 100));
        long invitation = setup.invite(tenant, assessment, "Northwind", contact);
        if (open) {
            setup.open(tenant, assessment);
        }
        return invitation;
    }

    private static List<Long> ids(List<org.partnerfit.assessment.application.PartnerInvitation> invitations) {
        return invitations.stream().map(org.partnerfit.assessment.application.PartnerInvitation::invitationId).toList();
    }

    @Test
    void anInvitedPartnerSubmitsAndIsScoredAgainstTheClientProfile() {
        installCultureFit();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TenantId tenant = tenants.register(new TenantId("acme-" + suffix), "Acme " + suffix).getId();
        catalogue.enable(tenant, "culture-fit", true);
        profiles.save(tenant, "culture-fit", answers("4", "2", "2", "1", "2"));
        long assessment = setup.create(tenant, "Search " + suffix, "", LocalDate.now().plusDays(5), Map.of("culture-fit", 100));
        String northwind = "contact-" + suffix + "@northwind.test";
        String contoso = "contact-" + suffix + "@contoso.test";
        long invitation = setup.invite(tenant, assessment, "Northwind", northwind);
        long other = setup.invite(tenant, assessment, "Contoso", contoso);
        setup.open(tenant, assessment);

        assertEquals(1, portal.invitations(PartnerContact.ofVerified(northwind)).size());
        assertThrows(NotFoundException.class, () -> portal.answers(PartnerContact.ofVerified(contoso), invitation, "culture-fit"),
                "another partner cannot open this invitation");
        assertThrows(NotFoundException.class, () -> portal.answers(PartnerContact.ofVerified(northwind), other, "culture-fit"));

        portal.saveDraft(PartnerContact.ofVerified(northwind), invitation, "culture-fit", answers("4", "2"));
        assertEquals(SubmissionStatus.DRAFT, portal.answers(PartnerContact.ofVerified(northwind), invitation, "culture-fit").status());
        InvalidInputException incomplete = assertThrows(InvalidInputException.class,
                () -> portal.submit(PartnerContact.ofVerified(northwind), invitation, "culture-fit", answers("4", "2")));
        assertEquals("An answer is required.", incomplete.problems().get("meetings"));
        InvalidInputException outOfRange = assertThrows(InvalidInputException.class,
                () -> portal.saveDraft(PartnerContact.ofVerified(northwind), invitation, "culture-fit", answers("9")));
        assertTrue(outOfRange.problems().get("communication").contains("not an accepted answer"));
        assertEquals(List.of("2"), portal.answers(PartnerContact.ofVerified(northwind), invitation, "culture-fit").answers().all("recognition"),
                "a refused save loses nothing");

        portal.submit(PartnerContact.ofVerified(northwind), invitation, "culture-fit", answers("4", "2", "3", "1", "3"));
        assertThrows(InvalidInputException.class,
                () -> portal.submit(PartnerContact.ofVerified(northwind), invitation, "culture-fit", answers("1", "1", "1", "1", "1")),
                "a second submit is refused");

        var review = reviews.review(tenant, assessment);
        assertEquals("Northwind", review.partners().get(0).firmName());
        CriterionResult result = review.partners().get(0).criteria().get(0);
        assertEquals(90.0, result.value());
        assertEquals(1.0, result.confidence());
        assertEquals("culture-fit@1.0.1", result.scoredBy());
        assertNotNull(result.rationale());
        assertTrue(result.rationale().en().startsWith("Raised by close agreement"), result.rationale().en());
        assertEquals(null, review.partners().get(1).weightedTotal(), "Contoso has not answered");

        var actions = audit.events(org.partnerfit.audit.AuditQuery.ofTenant(tenant.value()), 0, 1000).stream()
                .map(e -> e.getAction().name()).toList();
        assertTrue(actions.containsAll(List.of("CRITERION_ENABLED", "ASSESSMENT_CREATED", "INVITATION_SENT",
                "ASSESSMENT_OPENED", "ANSWERS_SUBMITTED")), "the tenant's trail: " + actions);
        assertTrue(audit.events(new org.partnerfit.audit.AuditQuery(null, org.partnerfit.audit.AuditAction.ACCESS_DENIED,
                null, null, null), 0, 100).stream().anyMatch(e -> e.getDetail().contains(contoso)),
                "the foreign partner's attempt is on the operator's trail");
    }
}
