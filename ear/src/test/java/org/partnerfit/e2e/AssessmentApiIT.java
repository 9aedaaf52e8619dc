package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A whole assessment through the REST API on the deployed EAR, with real tokens: Acme's client
 * admin creates it, invites Northwind (and Contoso) and opens it; Northwind's contact drafts,
 * uploads a PDF and submits; Acme's assessor verifies the evidence, overrides with a reason,
 * recommends and asks what-if; the other tenant finds nothing; the admin decides, archives and
 * repeats it. Bad input is a 400 in JSON, a wrong moment a 409 — never a 500.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentApiIT {

    private static final String NAME = "Platform team partner " + System.nanoTime() % 100000;
    private static final String TR = Workflow.EVIDENCE_CRITERION;
    private static final String COMPLETE_ANSWERS = Workflow.EVIDENCE_CRITERION_ANSWERS;

    private static long assessment;
    private static long northwind;
    private static long evidence;

    @Test
    @Order(1)
    void aClientAdminCreatesInvitesAndOpens() {
        String admin = Api.userToken("acme-admin");
        Workflow.switchOn(admin, TR);

        badRequest(Api.json("POST", "assessments", admin, "{\"name\": \"Half a body\","), "not the JSON this call expects");
        badRequest(Api.json("POST", "assessments", admin, "{\"name\":\"x\",\"weights\":{\"" + TR + "\":\"sixty\"}}"), "weights");
        badRequest(Api.json("POST", "assessments", admin, "{\"name\":\"x\",\"dueDate\":\"next week\",\"weights\":{}}"), "dueDate");
        badRequest(Api.json("POST", "assessments", admin, "[1, 2]"), "not the JSON this call expects");
        badRequest(Api.json("POST", "assessments", admin, "null"), "This call needs a JSON body.");
        HttpResponse<String> nothing = badRequest(Api.json("POST", "assessments", admin, "{}"), "cannot be created as it is");
        assertTrue(nothing.body().contains("\"name\":\"An assessment needs a name.\""), nothing.body());
        assertTrue(nothing.body().contains("\"weights\":\"Choose at least one criterion.\""), nothing.body());
        badRequest(Api.json("POST", "assessments", admin, "{\"name\":\"x\",\"weights\":{\"" + TR + "\":60}}"), "must add up to 100");
        HttpResponse<String> text = Api.send(Api.request("assessments", admin).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")).build());
        assertEquals(415, text.statusCode(), text.body());
        assertTrue(text.body().contains("\"error\""), "even a wrong content type is answered in JSON: " + text.body());

        assessment = Workflow.create(admin, NAME, "{\"" + TR + "\":60,\"culture-fit\":40}");
        HttpResponse<String> draft = Api.get("assessments/" + assessment, admin);
        assertEquals(200, draft.statusCode(), draft.body());
        assertTrue(draft.body().endsWith("\"status\":\"DRAFT\"}"), draft.body());
        assertTrue(draft.body().contains("\"pluginId\":\"" + TR + "\",\"pluginVersion\":\"1.0.0\",\"weight\":60"), draft.body());

        HttpResponse<String> noFirm = badRequest(Api.json("POST", "assessments/" + assessment + "/invitations", admin, "{}"), "firm");
        assertTrue(noFirm.body().contains("\"firmName\":\"required\""), noFirm.body());
        northwind = Workflow.invite(admin, assessment, Workflow.NORTHWIND_FIRM, Workflow.NORTHWIND_EMAIL);
        Workflow.invite(admin, assessment, "Contoso Software", "contact@contoso.test");
        // The same firm or address again, in other letters or with spaces, is refused: no firm is ranked twice.
        conflict(Api.json("POST", "assessments/" + assessment + "/invitations", admin,
                "{\"firmName\":\" contoso software \",\"contactEmail\":\"someone.else@contoso.test\"}"),
                "Contoso Software is already invited to this assessment, through contact@contoso.test; nothing was changed.");
        conflict(Api.json("POST", "assessments/" + assessment + "/invitations", admin,
                "{\"firmName\":\"Contoso Ltd\",\"contactEmail\":\" Contact@Contoso.test \"}"), "is already invited");
        Workflow.open(admin, assessment);
        conflict(Api.json("POST", "assessments/" + assessment + "/open", admin, null), "Only a draft can be opened; this one is OPEN.");

        HttpResponse<String> list = Api.get("assessments", admin);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"id\":" + assessment + ",\"invitedFirms\":2,\"name\":\"" + NAME + "\",\"status\":\"OPEN\""),
                list.body());
    }

    @Test
    @Order(2)
    void thePartnerDraftsUploadsEvidenceAndSubmits() {
        String partner = Api.userToken("northwind-contact");
        String invitation = "partner/invitations/" + northwind;
        String answers = invitation + "/criteria/" + TR + "/answers";
        HttpResponse<String> invitations = Api.get("partner/invitations", partner);
        assertEquals(200, invitations.statusCode(), invitations.body());
        assertTrue(invitations.body().contains("\"assessmentName\":\"" + NAME + "\""), invitations.body());
        HttpResponse<String> questionnaire = Api.get(answers, partner);
        assertEquals(200, questionnaire.statusCode(), questionnaire.body());
        assertTrue(questionnaire.body().contains("\"editable\":true"), questionnaire.body());
        assertTrue(questionnaire.body().contains("\"key\":\"" + Workflow.EVIDENCE_QUESTION + "\""), questionnaire.body());

        badRequest(Api.json("PUT", answers, partner, "{\"values\": {\"attritionPercent\": [\"12\""), "not the JSON this call expects");
        badRequest(Api.json("PUT", answers, partner, "{\"values\": {\"attritionPercent\": 12}}"), "not the JSON this call expects");
        badRequest(Api.json("PUT", answers, partner, "{\"values\": \"all of them\"}"), "not the JSON this call expects");
        HttpResponse<String> refused = badRequest(Api.json("PUT", answers, partner, "{\"values\":{\"attritionPercent\":[\"lots\"]}}"),
                "Some answers need attention.");
        assertTrue(refused.body().contains("\"attritionPercent\":\"'lots' is not an accepted answer.\""), refused.body());
        // A number's range is part of its question, and an answer out of it names the limit it crossed.
        assertTrue(questionnaire.body().contains("\"key\":\"medianTenureYears\"") && questionnaire.body().contains("\"min\":0"),
                questionnaire.body());
        refused = badRequest(Api.json("PUT", answers, partner, "{\"values\":{\"medianTenureYears\":[\"-2\"],\"attritionPercent\":[\"101\"]}}"),
                "Some answers need attention.");
        assertTrue(refused.body().contains("\"medianTenureYears\":\"-2 is less than the smallest accepted, 0.\"")
                && refused.body().contains("\"attritionPercent\":\"101 is more than the largest accepted, 100.\""), refused.body());
        assertEquals(204, Api.json("PUT", answers, partner,
                "{\"values\":{\"attritionPercent\":[\"12\"],\"retentionStrategy\":[\"yes\"]}}").statusCode());
        // The same draft saved from two places at once: each save is stored or refused with a 409
        // that says what to do (the loser of the optimistic lock), never a server error.
        raceSaves(answers, partner, "{\"values\":{\"attritionPercent\":[\"12\"],\"retentionStrategy\":[\"yes\"]}}");
        // The first save of a draft from two places at once: both create it, the unique index
        // refuses the second, and that loser gets the same 409 (it was a 500).
        raceSaves(invitation + "/criteria/culture-fit/answers", partner, "{\"values\":{}}");
        HttpResponse<String> saved = Api.get(answers, partner);
        assertTrue(saved.body().contains("\"answers\":{\"values\":{"), saved.body());
        assertTrue(saved.body().contains("\"attritionPercent\":[\"12\"]"), saved.body());
        assertEquals("DRAFT", Api.field(saved.body(), "status"));
        // A save based on what was read (If-Match: its ETag) is refused once someone saved since:
        // the other save is not overwritten unseen. Without If-Match, the last save wins as before.
        String read = etag(saved);
        assertEquals(read, "\"" + Api.field(saved.body(), "revision") + "\"", "the ETag is the revision in the body");
        HttpResponse<String> mine = ifMatch("PUT", answers, partner, read, "{\"values\":{\"attritionPercent\":[\"14\"]}}");
        assertEquals(204, mine.statusCode(), mine.body());
        assertNotEquals(read, etag(mine), "each save makes a new revision");
        HttpResponse<String> stale = refused(412, ifMatch("PUT", answers, partner, read,
                "{\"values\":{\"attritionPercent\":[\"99\"]}}"), "saved again elsewhere");
        assertEquals(etag(mine), etag(stale), "the refusal names the revision saved now");
        refused(412, ifMatch("POST", answers.replace("/answers", "/submit"), partner, read, null), "saved again elsewhere");
        badRequest(ifMatch("PUT", answers, partner, "\"seven\"", "{\"values\":{}}"), "If-Match must name one revision");
        assertEquals(204, ifMatch("PUT", answers, partner, etag(stale),
                "{\"values\":{\"attritionPercent\":[\"12\"],\"retentionStrategy\":[\"yes\"]}}").statusCode(), "based on the revision saved now");
        assertTrue(Api.get(answers, partner).body().contains("\"attritionPercent\":[\"12\"]"), "the stale saves changed nothing");
        badRequest(Api.json("POST", answers.replace("/answers", "/submit"), partner, null), "Some answers need attention.");

        badRequest(Workflow.upload(partner, northwind, "strategy.pdf", "not a pdf at all".getBytes()), "its content is not a PDF file");
        badRequest(Api.send(Api.request(invitation + "/evidence?criterion=" + TR, partner).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Workflow.PDF)).build()), "Name the criterion, the evidence question");
        evidence = Workflow.uploadPdf(partner, northwind);
        HttpResponse<String> files = Api.get(invitation + "/evidence", partner);
        assertEquals(200, files.statusCode(), files.body());
        assertTrue(files.body().contains("\"fileName\":\"retention strategy.pdf\",\"id\":" + evidence + ",\"pluginId\":\"" + TR + "\""),
                files.body());
        HttpResponse<byte[]> download = Api.bytes(invitation + "/evidence/" + evidence, partner);
        assertEquals(200, download.statusCode());
        assertArrayEquals(Workflow.PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"retention strategy.pdf\""));

        assertEquals(204, Api.json("PUT", answers, partner, COMPLETE_ANSWERS).statusCode());
        assertEquals(204, Api.json("POST", answers.replace("/answers", "/submit"), partner, null).statusCode());
        conflict(Api.json("POST", answers.replace("/answers", "/submit"), partner, null), "These answers were submitted and are locked.");
        conflict(Api.json("PUT", answers, partner, COMPLETE_ANSWERS), "These answers were submitted and are locked.");
        conflict(Api.send(Api.request(invitation + "/evidence/" + evidence, partner).DELETE().build()), "locked");

        String contoso = Api.userToken("contoso-contact");
        notFound(Api.get(invitation, contoso), "No such invitation.");
        notFound(Api.get(invitation + "/evidence/" + evidence, contoso), "No such invitation.");
        assertEquals(403, Api.get("assessments/" + assessment, partner).statusCode(), "a partner reads no client endpoint");
    }

    @Test
    @Order(3)
    void anAssessorVerifiesOverridesRecommendsAndAsksWhatIf() {
        String assessor = Api.userToken("acme-assessor");
        HttpResponse<String> review = Api.get("assessments/" + assessment, assessor);
        assertEquals(200, review.statusCode(), review.body());
        assertNotNull(total(review.body(), Workflow.NORTHWIND_FIRM), review.body());
        assertTrue(review.body().contains("\"firmName\":\"" + Workflow.NORTHWIND_FIRM + "\",\"invitationId\":" + northwind + ",\"rank\":1"),
                "the only firm with answers ranks first: " + review.body());
        assertTrue(review.body().contains("\"id\":" + evidence + ","), "the evidence is listed with its criterion: " + review.body());

        assertEquals(204, Api.json("POST", "review/evidence/" + evidence + "/verification", assessor, null).statusCode());
        String override = "review/invitations/" + northwind + "/criteria/" + TR + "/override";
        HttpResponse<String> short_ = badRequest(Api.json("PUT", override, assessor, "{\"value\":85,\"justification\":\"Fine.\"}"),
                "Say why, in at least 10 characters");
        assertTrue(short_.body().contains("\"justification\":\"at least 10 characters\""), short_.body());
        badRequest(Api.json("PUT", override, assessor, "{\"value\":\"high\",\"justification\":\"Reference calls were excellent.\"}"),
                "not the JSON this call expects");
        badRequest(Api.json("PUT", override, assessor, "{\"justification\":\"Reference calls were excellent.\"}"), "value");
        assertEquals(204, Api.json("PUT", override, assessor,
                "{\"value\":85,\"justification\":\"Reference calls confirmed the low attrition.\"}").statusCode());

        String recommendation = "review/invitations/" + northwind + "/recommendation";
        badRequest(Api.json("PUT", recommendation, assessor, "{\"recommendation\":\"MAYBE\"}"), "not the JSON this call expects");
        assertEquals(204, Api.json("PUT", recommendation, assessor,
                "{\"recommendation\":\"RECOMMENDED\",\"note\":\"Keeps its engineers.\"}").statusCode());

        HttpResponse<String> after = Api.get("assessments/" + assessment, assessor);
        assertEquals(51.0, total(after.body(), Workflow.NORTHWIND_FIRM), "85 × 60 / 100, culture fit unanswered counts 0: " + after.body());
        assertTrue(after.body().contains("\"justification\":\"Reference calls confirmed the low attrition.\""), after.body());
        assertTrue(after.body().contains("\"recommendation\":\"RECOMMENDED\",\"recommendationNote\":\"Keeps its engineers.\""), after.body());
        assertTrue(after.body().contains("\"verified\":true"), after.body());

        HttpResponse<String> whatIf = Api.get("assessments/" + assessment + "/ranking?weight.culture-fit=0", assessor);
        assertEquals(200, whatIf.statusCode(), whatIf.body());
        assertEquals(85.0, total(whatIf.body(), Workflow.NORTHWIND_FIRM), whatIf.body());
        assertTrue(whatIf.body().contains("\"savedWeightedTotal\":51.0"), whatIf.body());
        assertTrue(whatIf.body().contains("\"culture-fit\":0") && whatIf.body().contains("\"" + TR + "\":60"),
                "the weights used, changed and kept: " + whatIf.body());
        assertEquals(51.0, total(Api.get("assessments/" + assessment, assessor).body(), Workflow.NORTHWIND_FIRM), "nothing was saved");
        badRequest(Api.get("assessments/" + assessment + "/ranking?weight.culture-fit=lots", assessor), "what-if weights");
        badRequest(Api.get("assessments/" + assessment + "/ranking?weight.kpis=10", assessor), "not a criterion of this assessment");

        HttpResponse<String> asked = Api.json("POST", "review/invitations/" + northwind + "/criteria/" + TR + "/clarifications", assessor,
                "{\"body\":\"Does the 12% include contractors?\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        String partner = Api.userToken("northwind-contact");
        HttpResponse<String> seen = Api.get("partner/invitations/" + northwind + "/clarifications", partner);
        assertTrue(seen.body().contains("Does the 12% include contractors?"), seen.body());
        assertEquals(201, Api.json("POST", "partner/invitations/" + northwind + "/criteria/" + TR + "/clarifications", partner,
                "{\"body\":\"No, employees only.\"}").statusCode());
        HttpResponse<String> thread = Api.get("review/invitations/" + northwind + "/clarifications", assessor);
        assertTrue(thread.body().indexOf("contractors?") < thread.body().indexOf("employees only"), thread.body());
        HttpResponse<byte[]> file = Api.bytes("review/evidence/" + evidence, assessor);
        assertEquals(200, file.statusCode());
        assertArrayEquals(Workflow.PDF, file.body());
        assertEquals(403, Api.json("PUT", override, partner, "{\"value\":100,\"justification\":\"We are simply the best.\"}").statusCode());

        String feedback = "review/invitations/" + northwind + "/feedback";
        String partnerFeedback = "partner/invitations/" + northwind + "/feedback";
        notFound(Api.get(partnerFeedback, partner), "has not shared feedback");
        badRequest(Api.json("PUT", feedback, assessor, "{\"text\":\"  \"}"), "Write the feedback");
        badRequest(Api.json("PUT", feedback, assessor, "{\"text\":\"" + "x".repeat(4001) + "\"}"), "at most 4000");
        HttpResponse<String> shared = Api.json("PUT", feedback, assessor,
                "{\"text\":\"Strong retention; <b>show</b> more evidence.\",\"withScores\":true}");
        assertEquals(200, shared.statusCode(), shared.body());
        HttpResponse<String> read = Api.get(partnerFeedback, partner);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("Strong retention; <b>show</b> more evidence."), read.body());
        assertTrue(read.body().contains("\"score\":85.0") && read.body().contains("\"weightedTotal\":51.0"),
                "the firm's own effective scores (the override counts) and total: " + read.body());
        assertFalse(read.body().contains("justification") || read.body().contains("Reference calls"),
                "an assessor's internal reasons stay with the client: " + read.body());
        assertEquals(403, Api.json("PUT", feedback, partner, "{\"text\":\"We grade ourselves.\"}").statusCode());
        HttpResponse<String> withdrawn = Api.json("DELETE", feedback, assessor, null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("Strong retention"), "the text is kept for later: " + withdrawn.body());
        notFound(Api.get(partnerFeedback, partner), "has not shared feedback");
        // Two assessors write at once: the one whose read is older is refused, and replaces nothing.
        String before = etag(Api.get(feedback, assessor));
        HttpResponse<String> first = ifMatch("PUT", feedback, assessor, before, "{\"text\":\"Text only this time.\"}");
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = refused(412, ifMatch("PUT", feedback, assessor, before, "{\"text\":\"Written at the same time.\"}"),
                "saved again elsewhere");
        assertEquals(etag(first), etag(second), "the refusal names the revision shared now");
        HttpResponse<String> textOnly = Api.get(partnerFeedback, partner);
        assertTrue(textOnly.body().contains("Text only this time.") && !textOnly.body().contains("\"score\""), textOnly.body());
    }

    @Test
    @Order(4)
    void anAssessorRescoresWithThePinnedPlugins() {
        String assessor = Api.userToken("acme-assessor");
        HttpResponse<String> rescored = Api.json("POST", "assessments/" + assessment + "/rescore", assessor, null);
        assertEquals(200, rescored.statusCode(), rescored.body());
        assertEquals("{\"failed\":0,\"submissions\":1}", rescored.body(), "Northwind's one submitted criterion, scored");
        HttpResponse<String> after = Api.get("assessments/" + assessment, assessor);
        assertEquals(51.0, total(after.body(), Workflow.NORTHWIND_FIRM), "the same answers score the same, the override still counts: " + after.body());
        assertEquals(403, Api.json("POST", "assessments/" + assessment + "/rescore", Api.userToken("northwind-contact"), null).statusCode());
        notFound(Api.json("POST", "assessments/" + assessment + "/rescore", Api.userToken("globex-admin"), null), "No such assessment.");
        HttpResponse<String> audit = Api.get("audit?action=ASSESSMENT_RESCORED", Api.userToken("acme-admin"));
        assertTrue(audit.body().contains("assessment " + assessment), audit.body());
    }

    @Test
    @Order(5)
    void theOtherTenantFindsNothing() {
        String globex = Api.userToken("globex-admin");
        notFound(Api.get("assessments/" + assessment, globex), "No such assessment.");
        notFound(Api.get("assessments/" + assessment + "/ranking", globex), "No such assessment.");
        notFound(Api.json("POST", "assessments/" + assessment + "/close", globex, null), "No such assessment.");
        notFound(Api.json("PUT", "review/invitations/" + northwind + "/recommendation", globex, "{\"recommendation\":\"NOT_RECOMMENDED\"}"),
                "No such invitation.");
        notFound(Api.get("review/evidence/" + evidence, globex), "No such file.");
        notFound(Api.get("review/invitations/" + northwind + "/feedback", globex), "No such invitation.");
        notFound(Api.json("PUT", "review/invitations/" + northwind + "/feedback", globex, "{\"text\":\"Hijacked\"}"), "No such invitation.");
        HttpResponse<String> mine = Api.get("assessments", globex);
        assertTrue(!mine.body().contains(NAME), mine.body());
        String acme = Api.userToken("acme-admin");
        assertEquals(403, Api.send(Api.request("assessments/" + assessment, acme).header("X-PartnerFit-Tenant", "globex").GET().build())
                .statusCode());
    }

    @Test
    @Order(6)
    void theAdminExtendsClosesDecidesArchivesAndRepeats() {
        String admin = Api.userToken("acme-admin");
        String base = "assessments/" + assessment;
        conflict(Api.json("POST", base + "/decide", admin, null), "Only an assessment that is IN_REVIEW can be decided");
        badRequest(Api.json("PUT", base + "/due-date", admin, "{\"dueDate\":\"soon\"}"), "not the JSON this call expects");
        badRequest(Api.json("PUT", base + "/due-date", admin, "{\"dueDate\":\"" + LocalDate.now().minusDays(1) + "\"}"), "today or later");
        assertEquals(204, Api.json("PUT", base + "/due-date", admin, "{\"dueDate\":\"" + LocalDate.now().plusDays(40) + "\"}").statusCode());
        assertEquals(204, Api.json("POST", base + "/close", admin, null).statusCode());
        assertEquals(204, Api.json("POST", base + "/decide", admin, null).statusCode());
        assertEquals(204, Api.json("POST", base + "/archive", admin, null).statusCode());
        conflict(Api.json("POST", base + "/archive", admin, null), "this one is ARCHIVED");
        assertTrue(Api.get(base, admin).body().endsWith("\"status\":\"ARCHIVED\"}"), "the assessment's own status is its last field");

        badRequest(Api.json("POST", base + "/repeat", admin, "{\"dueDate\":\"" + LocalDate.now().plusDays(60) + "\"}"), "needs a name");
        HttpResponse<String> repeated = Api.json("POST", base + "/repeat", admin,
                "{\"name\":\"" + NAME + " again\",\"dueDate\":\"" + LocalDate.now().plusDays(60) + "\"}");
        assertEquals(201, repeated.statusCode(), repeated.body());
        assertTrue(repeated.headers().firstValue("Location").orElse("").matches(".*/api/assessments/\\d+"), repeated.headers().map().toString());
        assertTrue(repeated.body().endsWith("\"status\":\"DRAFT\"}"), repeated.body());
        assertTrue(repeated.body().contains("\"firmName\":\"" + Workflow.NORTHWIND_FIRM + "\""), "the firms are invited again: " + repeated.body());
    }

    @Test
    @Order(7)
    void theOpenApiDocumentDescribesTheApiUnderItsContextRoot() throws java.io.IOException {
        HttpResponse<String> document = Api.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/openapi"))
                .header("Accept", "application/json").GET().build());
        assertEquals(200, document.statusCode(), document.body());
        String json = document.body();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), json);
        assertTrue(json.contains("\"title\" : \"PartnerFit API\"") || json.contains("\"title\":\"PartnerFit API\""), json);
        for (String path : new String[] {"/assessments", "/assessments/{assessmentId}/ranking", "/assessments/{assessmentId}/invitations",
                "/review/invitations/{invitationId}/criteria/{pluginId}/override", "/partner/invitations/{invitationId}/evidence",
                "/partner/invitations/{invitationId}/criteria/{pluginId}/submit", "/plugins"}) {
            assertTrue(json.contains("\"" + path + "\""), path + " is documented: " + json);
        }
        assertTrue(json.replace(" ", "").contains("\"servers\":[{\"url\":\"/api\"}]"), "paths are relative to the context root, "
                + "the document's only server: " + json);
        assertTrue(json.replace(" ", "").contains("\"scheme\":\"bearer\""), json);
    }

    @Test
    @Order(8)
    void aClientAdminKeepsItsProfileAndSettingsThroughTheApi() {
        String admin = Api.userToken("globex-admin");
        String profile = "criteria/domain-expertise/profile";
        HttpResponse<String> shown = Api.get(profile, admin);
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("\"key\":\"domain\"") && shown.body().contains("\"key\":\"importance\""), shown.body());
        notFound(Api.get("criteria/no-such-criterion/profile", admin), "No criterion no-such-criterion is installed.");
        assertEquals(403, Api.get(profile, Api.userToken("globex-assessor")).statusCode(), "client admins only");

        badRequest(Api.json("PUT", profile, admin, "{}"), "Nothing was sent: give answers, settings or both.");
        HttpResponse<String> refused = badRequest(Api.json("PUT", profile, admin,
                "{\"answers\":{\"domain\":[\"astrology\"]},\"settings\":{\"importance\":[\"extreme\"]}}"), "Some answers need attention.");
        assertTrue(refused.body().contains("\"domain\":\"'astrology' is not an accepted answer.\"")
                && refused.body().contains("\"importance\":\"'extreme' is not an accepted answer.\""), refused.body());

        refused = badRequest(Api.json("PUT", profile, admin, "{\"answers\":{\"domian\":[\"fintech\"]}}"), "Some answers need attention.");
        assertTrue(refused.body().contains("\"domian\":\"There is no question of this key here.\""), refused.body());
        // Each part sent replaces its saved values; a part left out is kept.
        HttpResponse<String> saved = Api.json("PUT", profile, admin, "{\"answers\":{\"domain\":[\"healthtech\"]}}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"domain\":[\"healthtech\"]"), saved.body());
        saved = Api.json("PUT", profile, admin, "{\"settings\":{\"importance\":[\"high\"]}}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"domain\":[\"healthtech\"]") && saved.body().contains("\"importance\":[\"high\"]"),
                saved.body());
        assertEquals(saved.body(), Api.get(profile, admin).body(), "read back as saved");
        // Two admins at once: the one who read an older revision is refused, and overwrites nothing.
        String read = etag(saved);
        HttpResponse<String> first = ifMatch("PUT", profile, admin, read, "{\"answers\":{\"domain\":[\"fintech\"]}}");
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = refused(412, ifMatch("PUT", profile, admin, read,
                "{\"answers\":{\"domain\":[\"retail\"]}}"), "saved again elsewhere");
        assertEquals(etag(first), etag(second), "the refusal names the revision saved now");
        assertTrue(Api.get(profile, admin).body().contains("\"domain\":[\"fintech\"]"), "the first admin's save stands");
        assertFalse(Api.get(profile, Api.userToken("acme-admin")).body().contains("\"domain\":[\"healthtech\"]"), "another tenant's profile stays its own");
    }

    /** Forty saves of one draft, eight at a time, the first eight let go at once. */
    private static void raceSaves(String answers, String partner, String body) {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService eight = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<HttpResponse<String>>> racing = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            racing.add(eight.submit(() -> {
                start.await();
                return Api.json("PUT", answers, partner, body);
            }));
        }
        start.countDown();
        eight.shutdown();
        for (var race : racing) {
            HttpResponse<String> response;
            try {
                response = race.get();
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new AssertionError("a racing save did not complete", e);
            }
            assertTrue(response.statusCode() == 204 || response.statusCode() == 409 && response.body().contains("Read it again"),
                    response.statusCode() + " " + response.body());
        }
    }

    /** A change sent with If-Match, as a client that read the record's ETag before sends it. */
    private static HttpResponse<String> ifMatch(String method, String path, String token, String revision, String body) {
        HttpRequest.Builder request = Api.request(path, token).header("If-Match", revision);
        return Api.send(body == null ? request.method(method, HttpRequest.BodyPublishers.noBody()).build()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.headers().map()));
    }

    private static Double total(String json, String firm) {
        Matcher m = Pattern.compile("\"firmName\":\"" + Pattern.quote(firm) + "\"[^{}\\[\\]]*?\"weightedTotal\":([0-9.]+)").matcher(json);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    private static HttpResponse<String> badRequest(HttpResponse<String> response, String says) {
        return refused(400, response, says);
    }

    private static void conflict(HttpResponse<String> response, String says) {
        refused(409, response, says);
    }

    private static void notFound(HttpResponse<String> response, String says) {
        refused(404, response, says);
    }

    private static HttpResponse<String> refused(int status, HttpResponse<String> response, String says) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().map().toString());
        assertTrue(response.body().startsWith("{\"error\":") && response.body().contains(says), "'" + says + "' in " + response.body());
        return response;
    }
}
