package org.partnerfit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerfit.assessment.application.PartnerContact;
import org.partnerfit.assessment.application.AssessmentLifecycle;
import org.partnerfit.assessment.application.AssessmentSetup;
import org.partnerfit.assessment.application.Clarifications;
import org.partnerfit.assessment.application.CriterionResult;
import org.partnerfit.assessment.application.EvidenceLocker;
import org.partnerfit.assessment.application.PartnerPortal;
import org.partnerfit.assessment.application.QueueItem;
import org.partnerfit.assessment.application.QueueQuery;
import org.partnerfit.assessment.application.QueueQuery.Column;
import org.partnerfit.assessment.application.QueueQuery.Order;
import org.partnerfit.assessment.application.ReviewQueue;
import org.partnerfit.assessment.application.ReviewDecisions;
import org.partnerfit.assessment.application.ReviewService;
import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.EvidenceInfo;
import org.partnerfit.assessment.domain.Recommendation;
import org.partnerfit.assessment.domain.SubmissionStatus;
import org.partnerfit.it.fixtures.EvidencePlugin;
import org.partnerfit.plugin.application.CriterionCatalogue;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.application.PluginRejectedException;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.shared.StateConflictException;
import org.partnerfit.spi.Answers;
import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * The assessment workflow's services in Payara Micro on PostgreSQL: the status flow, deadlines,
 * evidence files, clarification threads and the assessor's decisions, each refusal in words.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    private static final byte[] PDF = "%PDF-1.4\n% a tiny test file\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.withFixtures("workflow", EvidencePlugin.class, org.partnerfit.it.fixtures.SettingsPlugin.class);
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
    private AssessmentLifecycle lifecycle;

    @EJB
    private PartnerPortal portal;

    @EJB
    private EvidenceLocker evidence;

    @EJB
    private Clarifications clarifications;

    @EJB
    private ReviewDecisions decisions;

    @EJB
    private ReviewService reviews;

    @EJB
    private ReviewQueue queue;

    @EJB
    private org.partnerfit.assessment.application.ClientProfiles profiles;

    @EJB
    private org.partnerfit.scoring.application.AssessmentRescoring rescoring;

    @Inject
    private UserTransaction tx;

    @jakarta.annotation.Resource(lookup = "jdbc/partnerfit")
    private javax.sql.DataSource database;

    private record Opened(TenantId tenant, long assessment, long invitation, String contact) {
    }

    private Opened openedAssessment(String label) {
        try {
            plugins.install(CoreDeployment.resource("fixtures/EvidencePlugin.jar"), "EvidencePlugin.jar");
        } catch (PluginRejectedException installedBefore) {
            // another test installed it
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TenantId tenant = tenants.register(new TenantId(label + "-" + suffix), label + " " + suffix).getId();
        catalogue.enable(tenant, "fixture-evidence", true);
        long assessment = setup.create(tenant, "Search " + suffix, "", LocalDate.now().plusDays(5), Map.of("fixture-evidence", 100));
        String contact = "contact-" + suffix + "@northwind.test";
        long invitation = setup.invite(tenant, assessment, "Northwind", contact);
        setup.open(tenant, assessment);
        return new Opened(tenant, assessment, invitation, contact);
    }

    private static Answers ok() {
        return new Answers(Map.of("ok", List.of("yes")));
    }

    @Test
    void anAssessmentMovesThroughItsStatusesAndRefusesSkippingOne() {
        Opened o = openedAssessment("flow");
        StateConflictException early = assertThrows(StateConflictException.class, () -> lifecycle.decide(o.tenant(), o.assessment()));
        assertEquals("Only an assessment that is IN_REVIEW can be decided; this one is OPEN.", early.getMessage());

        lifecycle.close(o.tenant(), o.assessment());
        assertEquals(AssessmentStatus.IN_REVIEW, reviews.review(o.tenant(), o.assessment()).status());
        StateConflictException closed = assertThrows(StateConflictException.class,
                () -> portal.saveDraft(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok()));
        assertTrue(closed.getMessage().contains("not open for answers"), closed.getMessage());

        InvalidInputException past = assertThrows(InvalidInputException.class,
                () -> lifecycle.extendDueDate(o.tenant(), o.assessment(), LocalDate.now().minusDays(1)));
        assertEquals("The new due date must be today or later.", past.getMessage());
        assertEquals("Choose the new due date.", assertThrows(InvalidInputException.class,
                () -> lifecycle.extendDueDate(o.tenant(), o.assessment(), null)).getMessage());
        lifecycle.extendDueDate(o.tenant(), o.assessment(), LocalDate.now().plusDays(10));
        var reopened = reviews.review(o.tenant(), o.assessment());
        assertEquals(AssessmentStatus.OPEN, reopened.status(), "a later due date lets answers in again");
        assertEquals(LocalDate.now().plusDays(10), reopened.dueDate());
        portal.submit(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok());

        lifecycle.close(o.tenant(), o.assessment());
        lifecycle.decide(o.tenant(), o.assessment());
        assertThrows(StateConflictException.class, () -> decisions.recommend(o.tenant(), o.invitation(), Recommendation.RESERVE, null),
                "a decided assessment is final");
        lifecycle.archive(o.tenant(), o.assessment());
        assertEquals(AssessmentStatus.ARCHIVED, reviews.review(o.tenant(), o.assessment()).status());

        long repeat = lifecycle.repeat(o.tenant(), o.assessment(), "Next year", LocalDate.now().plusDays(30));
        var copy = reviews.review(o.tenant(), repeat);
        assertEquals(AssessmentStatus.DRAFT, copy.status());
        assertEquals("fixture-evidence", copy.criteria().get(0).pluginId());
        assertEquals(100, copy.criteria().get(0).weight());
        assertEquals("Northwind", copy.partners().get(0).firmName(), "the same firms are invited again");
        assertNull(copy.partners().get(0).weightedTotal(), "nothing is carried over from the last answers");
    }

    @Test
    void aPartnerCannotAnswerAfterTheDueDateAndTheHourlyJobClosesTheAssessment() throws Exception {
        Opened o = openedAssessment("late");
        portal.saveDraft(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok());
        tx.begin();
        try (var c = database.getConnection()) {
            try (var s = c.prepareStatement("select set_config('partnerfit.tenant', ?, true)")) {
                s.setString(1, o.tenant().value());
                s.executeQuery().close();
            }
            try (var s = c.prepareStatement("update assessment set duedate = current_date - 1 where id = ?")) {
                s.setLong(1, o.assessment());
                assertEquals(1, s.executeUpdate());
            }
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
        StateConflictException late = assertThrows(StateConflictException.class,
                () -> portal.submit(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok()));
        assertTrue(late.getMessage().startsWith("The due date") && late.getMessage().endsWith("has passed; answers are no longer accepted."),
                late.getMessage());
        assertEquals(List.of("yes"), portal.answers(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence").answers().all("ok"),
                "the saved draft is still there");
        assertEquals(1, lifecycle.closeOverdue(o.tenant()));
        assertEquals(AssessmentStatus.IN_REVIEW, reviews.review(o.tenant(), o.assessment()).status());
    }

    @Test
    void aCriterionsSettingsReachItsScorerAndAScoreAgainAppliesChangedOnes() throws Exception {
        try {
            plugins.install(CoreDeployment.resource("fixtures/SettingsPlugin.jar"), "SettingsPlugin.jar");
        } catch (PluginRejectedException installedBefore) {
            // another run installed it
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TenantId tenant = tenants.register(new TenantId("settings-" + suffix), "Settings " + suffix).getId();
        catalogue.enable(tenant, "fixture-settings", true);
        var form = profiles.forms(tenant).stream().filter(f -> f.pluginId().equals("fixture-settings")).findFirst().orElseThrow();
        assertEquals(List.of("bar"), form.settingsQuestionnaire().questions().stream().map(q -> q.key()).toList(),
                "a criterion that asks nothing about the client still offers its settings");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> profiles.save(tenant, "fixture-settings",
                Answers.NONE, new Answers(Map.of("bar", List.of("huge")))));
        assertEquals(Set.of("bar"), refused.problems().keySet());
        profiles.save(tenant, "fixture-settings", Answers.NONE, new Answers(Map.of("bar", List.of("high"))));

        long assessment = setup.create(tenant, "Settings " + suffix, "", LocalDate.now().plusDays(5), Map.of("fixture-settings", 100));
        String contact = "contact-" + suffix + "@northwind.test";
        long invitation = setup.invite(tenant, assessment, "Northwind", contact);
        setup.open(tenant, assessment);
        portal.submit(PartnerContact.ofVerified(contact), invitation, "fixture-settings", ok());
        assertEquals(90.0, reviews.review(tenant, assessment).partners().get(0).criteria().get(0).value(), "scored with bar=high");

        profiles.save(tenant, "fixture-settings", Answers.NONE, new Answers(Map.of("bar", List.of("low"))));
        assertEquals(90.0, reviews.review(tenant, assessment).partners().get(0).criteria().get(0).value(), "kept until scored again");
        rescoring.rescore(tenant, assessment);
        assertEquals(10.0, reviews.review(tenant, assessment).partners().get(0).criteria().get(0).value(), "scored again with bar=low");

        // A value saved under another version of the plugin, which this one does not accept, is
        // left out: the scorer applies its default, as when nothing was set.
        tx.begin();
        try (var c = database.getConnection()) {
            try (var s = c.prepareStatement("select set_config('partnerfit.tenant', ?, true)")) {
                s.setString(1, tenant.value());
                s.executeQuery().close();
            }
            try (var s = c.prepareStatement("update client_profile set settings = ? where plugin_id = 'fixture-settings'")) {
                s.setString(1, "{\"bar\":[\"HIGH\"],\"gone\":[\"x\"]}");
                assertEquals(1, s.executeUpdate());
            }
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
        rescoring.rescore(tenant, assessment);
        assertEquals(50.0, reviews.review(tenant, assessment).partners().get(0).criteria().get(0).value(), "a value not accepted is not seen");
    }

    @Test
    void aCriterionSwitchedOffLosesItsDefaultWeightAndBlocksARepeat() {
        Opened o = openedAssessment("repeat-off");
        catalogue.setDefaultWeights(o.tenant(), Map.of("fixture-evidence", 100));
        catalogue.enable(o.tenant(), "fixture-evidence", false);
        catalogue.enable(o.tenant(), "fixture-evidence", true);
        assertEquals(0, catalogue.catalogue(o.tenant()).stream().filter(e -> e.pluginId().equals("fixture-evidence"))
                .findFirst().orElseThrow().defaultWeight(), "switched off, its default weight went with it");

        catalogue.enable(o.tenant(), "fixture-evidence", false);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> lifecycle.repeat(o.tenant(), o.assessment(), "Again", LocalDate.now().plusDays(5)));
        assertEquals(Set.of("fixture-evidence"), refused.problems().keySet(), refused.problems().toString());
        catalogue.enable(o.tenant(), "fixture-evidence", true);
        long again = lifecycle.repeat(o.tenant(), o.assessment(), "Again", LocalDate.now().plusDays(5));
        assertTrue(again > o.assessment());
    }

    @Test
    void evidenceIsCheckedStoredWithItsChecksumAndVerifiedEvidenceRaisesTheScore() {
        Opened o = openedAssessment("evidence");
        String key = "proof";
        assertEquals("The file is empty.", assertThrows(InvalidInputException.class,
                () -> evidence.upload(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", key, "a.pdf", new byte[0])).getMessage());
        assertEquals("Files of type .exe are not accepted here; send pdf, png.", assertThrows(InvalidInputException.class,
                () -> evidence.upload(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", key, "tool.exe", PDF)).getMessage());
        assertEquals("The file is named .png but its content is not a PNG file.", assertThrows(InvalidInputException.class,
                () -> evidence.upload(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", key, "chart.png", PDF)).getMessage());
        assertTrue(assertThrows(InvalidInputException.class,
                () -> evidence.upload(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", key, "big.pdf", new byte[10 * 1024 * 1024 + 1]))
                .getMessage().startsWith("The file is larger than the limit of 10 MiB"));
        assertThrows(InvalidInputException.class,
                () -> evidence.upload(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", "ok", "a.pdf", PDF), "not an evidence question");

        EvidenceInfo stored = evidence.upload(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", key, "../../etc/Policy <v2>.pdf", PDF);
        assertEquals("Policy _v2_.pdf", stored.fileName());
        assertEquals("application/pdf", stored.contentType());
        assertEquals(PDF.length, stored.size());
        assertEquals(64, stored.sha256().length());
        assertEquals(1, evidence.ofCriterion(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence").size());
        assertEquals(stored.sha256(), evidence.download(o.tenant(), stored.id()).info().sha256());
        assertTrue(java.util.Arrays.equals(PDF, evidence.download(PartnerContact.ofVerified(o.contact()), o.invitation(), stored.id()).content()));
        TenantId stranger = tenants.register(new TenantId("stranger-" + UUID.randomUUID().toString().substring(0, 8)), "Stranger").getId();
        assertThrows(NotFoundException.class, () -> evidence.download(stranger, stored.id()), "another tenant cannot read it");

        portal.submit(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok());
        assertThrows(StateConflictException.class,
                () -> evidence.upload(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", key, "late.pdf", PDF),
                "no files after submitting");
        CriterionResult before = reviews.review(o.tenant(), o.assessment()).partners().get(0).criteria().get(0);
        assertEquals(80.0, before.value(), "the scorer saw the file's metadata");
        decisions.verifyEvidence(o.tenant(), stored.id());
        CriterionResult after = reviews.review(o.tenant(), o.assessment()).partners().get(0).criteria().get(0);
        assertEquals(100.0, after.value());
        assertEquals(1.0, after.confidence());
        assertTrue(after.evidence().get(0).verified());
    }

    @Test
    void assessorsOverrideWithAReasonReturnAnswersAndTalkToThePartner() {
        Opened o = openedAssessment("review");
        InvalidInputException notYet = assertThrows(InvalidInputException.class,
                () -> portal.submitAll(PartnerContact.ofVerified(o.contact()), o.invitation()));
        assertEquals("Nothing was submitted: some criteria are not complete yet.", notYet.getMessage());
        portal.saveDraft(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok());
        assertEquals(1, portal.submitAll(PartnerContact.ofVerified(o.contact()), o.invitation()));
        assertThrows(StateConflictException.class, () -> portal.submitAll(PartnerContact.ofVerified(o.contact()), o.invitation()), "double submit");
        assertThrows(StateConflictException.class,
                () -> portal.saveDraft(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok()), "editing after submit");

        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> decisions.override(o.tenant(), o.invitation(), "fixture-evidence", 75.0, " "));
        assertTrue(noReason.problems().containsKey("justification"));
        assertThrows(InvalidInputException.class,
                () -> decisions.override(o.tenant(), o.invitation(), "fixture-evidence", 101.0, "Reference call was excellent."));
        decisions.override(o.tenant(), o.invitation(), "fixture-evidence", 75.0, "Reference call was excellent.");
        var partner = reviews.review(o.tenant(), o.assessment()).partners().get(0);
        CriterionResult result = partner.criteria().get(0);
        assertEquals(60.0, result.value(), "the computed value is kept");
        assertEquals(75.0, result.override().value());
        assertEquals("Reference call was excellent.", result.override().justification());
        assertEquals(75.0, partner.weightedTotal(), "the ranking counts the override");
        assertEquals(0.5, partner.weightedConfidence());

        decisions.returnToPartner(o.tenant(), o.invitation(), "fixture-evidence", "Please attach your policy as a PDF.");
        assertEquals(SubmissionStatus.RETURNED, portal.answers(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence").status());
        assertNull(reviews.review(o.tenant(), o.assessment()).partners().get(0).weightedTotal(),
                "returned answers do not count until submitted again");
        clarifications.reply(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", "Attached now.");
        var thread = clarifications.forClient(o.tenant(), o.invitation());
        assertEquals(2, thread.size());
        assertTrue(thread.get(0).fromAssessor());
        assertEquals("Please attach your policy as a PDF.", thread.get(0).body());
        assertEquals(o.contact(), thread.get(1).author());
        assertNotNull(thread.get(1).sentAt());
        assertTrue(!thread.get(1).sentAt().isBefore(thread.get(0).sentAt()));
        assertEquals("The message is empty.", assertThrows(InvalidInputException.class,
                () -> clarifications.reply(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", "  ")).getMessage());

        portal.submit(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok());
        decisions.recommend(o.tenant(), o.invitation(), Recommendation.RECOMMENDED, "Strong on every criterion.");
        var recommended = reviews.review(o.tenant(), o.assessment()).partners().get(0);
        assertEquals(Recommendation.RECOMMENDED, recommended.recommendation());
        assertEquals("Strong on every criterion.", recommended.recommendationNote());
    }

    @Test
    void missingWeightsAndAMissingReturnReasonAreNamedProblemsNotServerErrors() {
        Opened o = openedAssessment("refusals");
        InvalidInputException noWeights = assertThrows(InvalidInputException.class,
                () -> setup.create(o.tenant(), "No weights", null, null, null));
        assertEquals("Choose at least one criterion.", noWeights.problems().get("weights"));
        portal.submit(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok());
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> decisions.returnToPartner(o.tenant(), o.invitation(), "fixture-evidence", null));
        assertEquals(Map.of("reason", "required"), noReason.problems());
        assertEquals(SubmissionStatus.SUBMITTED, portal.answers(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence").status(),
                "a refused return leaves the answers locked");
    }

    @Test
    void theWorkListIsFilteredSortedAndPagedByTheDatabase() {
        Opened o = openedAssessment("queue");
        portal.submit(PartnerContact.ofVerified(o.contact()), o.invitation(), "fixture-evidence", ok());
        List<String> firms = new java.util.ArrayList<>(List.of("Northwind"));
        for (int n = 1; n <= 29; n++) {
            firms.add(String.format("Firm %02d", n));
        }
        firms.add("50%_Off!");
        for (String firm : firms.subList(1, firms.size())) {
            String contact = "queue-" + firms.indexOf(firm) + "-" + o.contact();
            portal.submit(PartnerContact.ofVerified(contact), setup.invite(o.tenant(), o.assessment(), firm, contact), "fixture-evidence", ok());
        }

        assertEquals(31, queue.count(o.tenant(), QueueQuery.ALL));
        List<QueueItem> first = queue.items(o.tenant(), QueueQuery.ALL, 0, 25);
        List<QueueItem> second = queue.items(o.tenant(), QueueQuery.ALL, 25, 25);
        assertEquals(firms, java.util.stream.Stream.concat(first.stream(), second.stream()).map(QueueItem::firmName).toList(),
                "oldest submission first, a page at a time");

        QueueQuery teens = new QueueQuery(null, "firm 1", List.of(new Order(Column.FIRM, true)));
        assertEquals(10, queue.count(o.tenant(), teens), "any case, anywhere in the name");
        assertEquals(List.of("Firm 19", "Firm 18", "Firm 17"),
                queue.items(o.tenant(), teens, 0, 3).stream().map(QueueItem::firmName).toList());
        for (String literal : List.of("%", "_", "!")) {
            assertEquals(List.of("50%_Off!"), queue.items(o.tenant(), new QueueQuery(null, literal, List.of()), 0, 25)
                    .stream().map(QueueItem::firmName).toList(), literal + " matches only itself");
        }
        assertEquals(31, queue.count(o.tenant(), new QueueQuery("SEARCH", " ", List.of())));
        assertEquals(0, queue.count(o.tenant(), new QueueQuery("no such assessment", null, List.of())));
        assertTrue(queue.items(o.tenant(), QueueQuery.ALL, 31, 25).isEmpty(), "past the last page");

        Opened other = openedAssessment("queue-other");
        assertEquals(0, queue.count(other.tenant(), new QueueQuery(null, "firm", List.of())), "another tenant sees none of them");
    }
}
