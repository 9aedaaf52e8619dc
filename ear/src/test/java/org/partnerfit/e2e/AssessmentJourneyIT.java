package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The assessment workflow's journeys in a real browser, in order: a client admin sets up an
 * assessment of two criteria; two partner firms answer, one with evidence files (bad ones refused
 * in words) and a clarification round; an assessor reviews, overrides and recommends; the results
 * re-rank under what-if weights; the assessment is closed, extended, decided, archived and repeated.
 * The screenshots it saves illustrate docs/user-guide.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentJourneyIT {

    private static final String NAME = "Delivery partner " + System.currentTimeMillis() % 100000;
    private static final String NORTHWIND = "Northwind Engineering";
    private static final String CONTOSO = "Contoso Software";
    private static final String FEEDBACK = "Strong delivery record. <script>window.pwned = 1</script>";

    private static String assessmentUrl;
    private static Path files;

    @BeforeAll
    static void evidenceFiles() throws IOException {
        files = Files.createTempDirectory("evidence");
        Files.write(files.resolve("kpi-report.pdf"), "%PDF-1.4\n% monthly KPI report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(files.resolve("empty.pdf"), new byte[0]);
        Files.write(files.resolve("tool.exe"), "MZ not really".getBytes(StandardCharsets.US_ASCII));
        Files.write(files.resolve("chart.png"), "%PDF-1.4 pretending to be a picture".getBytes(StandardCharsets.US_ASCII));
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        Files.write(files.resolve("huge.pdf"), big);
    }

    @AfterAll
    static void removeFiles() throws IOException {
        try (var all = Files.walk(files)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void aClientAdminSetsUpAnAssessmentOfTwoCriteriaAndOpensIt() {
        try (Browser admin = new Browser().login("acme-admin")) {
            admin.click(By.id("nav-criteria"));
            By kpis = By.cssSelector(".pf-criterion-state[data-criterion='kpis']");
            if (admin.find(kpis).getText().equals("Off")) {
                admin.click(By.cssSelector(".pf-toggle[data-criterion='kpis']"));
                admin.wait(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(kpis, "On"));
            }
            // Default weights must add up to 100; new assessments start with them.
            admin.open(admin.currentUrl());
            weight(admin, "#defaults input[data-criterion='culture-fit']", "60");
            weight(admin, "#defaults input[data-criterion='kpis']", "30");
            admin.clickAndLoad(By.id("defaults:saveWeights"));
            assertTrue(admin.pageText().contains("The default weights add up to 90; they must add up to 100."), admin.pageText());
            weight(admin, "#defaults input[data-criterion='kpis']", "40");
            admin.clickAndLoad(By.id("defaults:saveWeights"));
            assertTrue(admin.pageText().contains("The default weights were saved"), admin.pageText());

            // The organisation's profile is filled once and reused by every assessment.
            admin.click(By.id("nav-profile"));
            assertEquals("Cultural fit", admin.find(By.id("profile-criterion")).getText());
            assertTrue(admin.all(By.cssSelector(".pf-scale input:checked")).size() >= 5, "the seeded profile is shown");
            admin.clickAndLoad(By.id("profile:save"));
            assertTrue(admin.pageText().contains("The profile was saved"), admin.pageText());
            admin.screenshot("journey-admin-profile");
            // Every tab opens its own criterion's profile, also after a save on the page (a second
            // criterion with a profile is switched on for this, and off again after).
            String token = Api.userToken("acme-admin");
            Workflow.switchOn(token, "desire-interest");
            Workflow.switchOn(token, "domain-expertise");
            try {
                admin.open(admin.currentUrl());
                List<WebElement> tabs = admin.all(By.cssSelector(".pf-profile-link"));
                assertTrue(tabs.size() > 1, "two criteria have profiles");
                String other = tabs.stream().map(WebElement::getText).filter(t -> !t.equals("Cultural fit") && !t.equals("Domain expertise"))
                        .findFirst().orElseThrow();
                admin.clickAndLoad(By.xpath("//a[contains(@class, 'pf-profile-link') and normalize-space() = '" + other + "']"));
                assertEquals(other, admin.find(By.id("profile-criterion")).getText());
                assertTrue(admin.all(By.cssSelector(".pf-settings")).isEmpty(), "desire and interest offers no settings");
                // A criterion's settings (its plugin's configuration options) sit under its profile.
                admin.clickAndLoad(By.xpath("//a[contains(@class, 'pf-profile-link') and normalize-space() = 'Domain expertise']"));
                String settings = admin.find(By.cssSelector(".pf-settings")).getText();
                assertTrue(settings.contains("How this criterion is scored") && settings.contains("High"), settings);
            } finally {
                assertEquals(200, Api.json("PUT", "criteria/desire-interest", token, "{\"enabled\":false}").statusCode());
                assertEquals(200, Api.json("PUT", "criteria/domain-expertise", token, "{\"enabled\":false}").statusCode());
            }

            admin.click(By.id("nav-new-assessment"));
            assertEquals("60", admin.find(By.cssSelector("input[data-criterion='culture-fit']")).getAttribute("value"), "default weight");
            // Other tests create assessments of their own: leave the organisation without defaults again.
            admin.click(By.id("nav-criteria"));
            weight(admin, "#defaults input[data-criterion='culture-fit']", "0");
            weight(admin, "#defaults input[data-criterion='kpis']", "0");
            admin.clickAndLoad(By.id("defaults:saveWeights"));
            admin.click(By.id("nav-new-assessment"));
            admin.find(By.id("assessment:name")).sendKeys(NAME);
            admin.find(By.id("assessment:description")).sendKeys("A partner to deliver and run our payments products.");
            date(admin, "assessment:due_input", LocalDate.now().plusDays(20));
            weight(admin, "input[data-criterion='culture-fit']", "50");
            weight(admin, "input[data-criterion='kpis']", "50");
            // An impatient double click creates one assessment, not two.
            admin.doubleClickAndLoad(By.id("assessment:create"));
            assertEquals(NAME, admin.find(By.id("assessment-title")).getText());
            assessmentUrl = admin.currentUrl();
            admin.clickAndLoad(By.id("nav-assessments"));
            assertEquals(1, admin.pageText().split(java.util.regex.Pattern.quote(NAME), -1).length - 1,
                    "one assessment of that name: " + admin.pageText());
            admin.open(assessmentUrl);

            for (List<String> firm : List.of(List.of(NORTHWIND, "contact@northwind.test"), List.of(CONTOSO, "contact@contoso.test"))) {
                admin.find(By.id("setup:firm")).sendKeys(firm.get(0));
                admin.find(By.id("setup:email")).sendKeys(firm.get(1));
                admin.clickAndLoad(By.id("setup:invite"));
                assertTrue(admin.pageText().contains("invited"), admin.pageText());
            }
            admin.screenshot("journey-admin-setup");
            admin.clickAndLoad(By.id("setup:open"));
            assertEquals("Open", admin.find(By.id("status")).getText());
        }
    }

    @Test
    @Order(2)
    void aPartnerAttachesEvidenceAsksAndSubmitsEverything() {
        try (Browser partner = new Browser().login("northwind-contact")) {
            answerPage(partner, "kpis");
            answerAll(partner, 0);
            partner.wait(d -> partner.find(By.cssSelector(".pf-autosaved")).getText().contains("Draft saved automatically"));
            List<String> chosen = chosenOptions(partner);
            // Both sessions end while the page is open: the next autosave sends the browser through
            // sign-in and back to this page, where the autosaved answers are still chosen.
            partner.expireSessions();
            partner.signInHere("northwind-contact");
            partner.find(By.id("criterion-title"));
            assertTrue(partner.currentUrl().contains("criterion=kpis"), "back on the same page: " + partner.currentUrl());
            assertEquals(chosen, chosenOptions(partner), "the autosaved answers survived the expired session");
            partner.clickAndLoad(By.id("answers:save"));
            assertTrue(partner.pageText().contains("saved as a draft"), partner.pageText());

            // A colleague (the same contact in another browser) saves these answers meanwhile: this
            // page's save does not overwrite theirs unseen; pressed again, it replaces them knowingly.
            try (Browser colleague = new Browser().login("northwind-contact")) {
                answerPage(colleague, "kpis");
                chooseScales(colleague, 1);
                colleague.clickAndLoad(By.id("answers:save"));
                assertTrue(colleague.pageText().contains("saved as a draft"), colleague.pageText());
                chooseScales(partner, 2);
                partner.clickAndLoad(By.id("answers:save"));
                assertTrue(partner.pageText().contains("saved from somewhere else"), partner.pageText());
                partner.clickAndLoad(By.id("answers:save"));
                assertTrue(partner.pageText().contains("saved as a draft"), "the second press replaces theirs: " + partner.pageText());
                // Saved elsewhere again: autosave stops and says so rather than overwrite.
                answerPage(colleague, "kpis");
                chooseScales(colleague, 1);
                colleague.clickAndLoad(By.id("answers:save"));
            }
            chooseScales(partner, 0);
            partner.wait(d -> partner.find(By.cssSelector(".pf-autosaved")).getText().contains("autosave has stopped"));
            partner.clickAndLoad(By.id("answers:save"));
            assertTrue(partner.pageText().contains("saved as a draft"), partner.pageText());

            // Bad files are refused in words and leave nothing behind.
            upload(partner, "empty.pdf", "The file is empty.");
            upload(partner, "tool.exe", "Files of type .exe are not accepted here; send pdf, xlsx, png.");
            upload(partner, "chart.png", "The file is named .png but its content is not a PNG file.");
            upload(partner, "huge.pdf", "The file is larger than the limit of 10 MiB.");
            assertTrue(partner.all(By.cssSelector(".pf-file")).isEmpty(), "no refused file was kept");

            upload(partner, "kpi-report.pdf", "Attached: kpi-report.pdf");
            partner.wait(d -> !partner.all(By.cssSelector(".pf-file")).isEmpty());
            assertEquals("kpi-report.pdf", partner.find(By.cssSelector(".pf-file")).getText());

            partner.find(By.id("thread:reply")).sendKeys("Should the sample report cover all of last year?");
            partner.click(By.id("thread:send"));
            partner.wait(d -> partner.pageText().contains("Should the sample report cover all of last year?"));
            partner.screenshot("journey-partner-evidence");

            answerPage(partner, "culture-fit");
            for (int i = 0; i < 5; i++) {
                choose(partner, i, List.of("4", "2", "3", "1", "3").get(i));
            }
            partner.clickAndLoad(By.id("answers:save"));

            partner.click(By.id("nav-invitations"));
            partner.clickAndLoad(By.cssSelector(invitationPanel() + " .pf-submit-all-button"));
            assertTrue(partner.pageText().contains("2 criteria submitted."), partner.pageText());
            partner.screenshot("journey-partner-submitted");
            partner.clickAndLoad(By.cssSelector(invitationPanel() + " .pf-submit-all-button"));
            assertTrue(partner.pageText().contains("Every criterion was submitted already."), "double submit: " + partner.pageText());

            answerPage(partner, "kpis");
            assertTrue(partner.pageText().contains("submitted and can no longer be changed"), partner.pageText());
            assertTrue(partner.all(By.id("answers:save")).isEmpty(), "no editing after submit");
        }
        try (Browser other = new Browser().login("contoso-contact")) {
            answerPage(other, "culture-fit");
            for (int i = 0; i < 5; i++) {
                choose(other, i, List.of("4", "2", "2", "1", "2").get(i));
            }
            other.clickAndLoad(By.id("answers:submit"));
            answerPage(other, "kpis");
            answerAll(other, 99);
            other.clickAndLoad(By.id("answers:submit"));
            assertTrue(other.pageText().contains("submitted"), other.pageText());
        }
    }

    @Test
    @Order(3)
    void anAssessorAnswersTheQuestionOverridesWithAReasonVerifiesAndRecommends() {
        try (Browser assessor = new Browser().login("acme-assessor")) {
            // The work list names the partner's unanswered question and the file to verify.
            assessor.click(By.id("nav-queue"));
            String queue = assessor.pageText();
            assertTrue(queue.contains(NAME) && queue.contains("partner's message unanswered") && queue.contains("files to verify: 1"), queue);
            assessor.screenshot("journey-review-queue");
            // Filtering and sorting go to the server: this assessment's four criteria, by firm either way, then one firm's.
            List<WebElement> filters = assessor.all(By.cssSelector(".pf-queue .ui-column-filter"));
            filters.get(0).sendKeys(NAME);
            assessor.wait(d -> firmsInQueue(assessor).size() == 4);
            By byFirm = By.cssSelector(".pf-queue th.ui-sortable-column:nth-child(2) .ui-column-title");
            assessor.click(byFirm);
            assessor.wait(d -> firmsInQueue(assessor).equals(List.of(CONTOSO, CONTOSO, NORTHWIND, NORTHWIND)));
            assessor.click(byFirm);
            assessor.wait(d -> firmsInQueue(assessor).equals(List.of(NORTHWIND, NORTHWIND, CONTOSO, CONTOSO)));
            assessor.all(By.cssSelector(".pf-queue .ui-column-filter")).get(1).sendKeys("contoso");
            assessor.wait(d -> firmsInQueue(assessor).equals(List.of(CONTOSO, CONTOSO)));
            assessor.open(assessmentUrl);
            assertEquals(1, assessor.all(By.id("rescoring:rescore")).size(), "assessors may score again");
            try (Browser evaluator = new Browser().login("acme-evaluator")) {
                evaluator.open(assessmentUrl);
                assertTrue(evaluator.find(By.id("assessment-title")).isDisplayed());
                assertTrue(evaluator.all(By.id("rescoring:rescore")).isEmpty(), "evaluators only read");
            }
            showFirm(assessor, NORTHWIND);
            String kpis = result(NORTHWIND, "kpis");
            assertTrue(assessor.find(By.cssSelector(kpis)).getText().contains("Should the sample report cover all of last year?"));
            assessor.find(By.cssSelector(kpis + " .pf-reason-input")).sendKeys("Yes, all twelve months, please.");
            assessor.clickAndLoad(By.cssSelector(kpis + " .pf-ask-button"));
            assertTrue(assessor.pageText().contains("The message was sent."), assessor.pageText());

            String before = assessor.find(By.cssSelector(kpis + " .pf-confidence")).getText();
            assessor.clickAndLoad(By.cssSelector(kpis + " .pf-verify"));
            assertTrue(assessor.pageText().contains("The file is marked verified and the criterion was scored again."));
            assertTrue(assessor.find(By.cssSelector(kpis + " .pf-verified")).getText().contains("Verified"));
            String after = assessor.find(By.cssSelector(kpis + " .pf-confidence")).getText();
            assertTrue(before.endsWith("%") && after.endsWith("%"), "a percentage, as in the exports: " + before + ", " + after);
            assertTrue(Integer.parseInt(after.replace("%", "")) >= Integer.parseInt(before.replace("%", "")),
                    "verified evidence never lowers the confidence (" + before + "); WorkflowIT shows it raising it");

            // The other firm is one step along the ranking, either way.
            assessor.clickAndLoad(By.cssSelector(".pf-firm-nav a"));
            assertEquals(CONTOSO, assessor.find(By.cssSelector(".pf-partner")).getAttribute("data-firm"));
            String culture = result(CONTOSO, "culture-fit");
            assessor.find(By.cssSelector(culture + " .pf-override-input")).sendKeys("95");
            assessor.clickAndLoad(By.cssSelector(culture + " .pf-override-button"));
            assertTrue(assessor.pageText().contains("Say why, in at least 10 characters"), "no justification: " + assessor.pageText());
            assertEquals("95", assessor.find(By.cssSelector(culture + " .pf-override-input")).getAttribute("value"), "the refused value is kept");
            assessor.find(By.cssSelector(culture + " .pf-reason-input")).sendKeys("References describe slow incident handling.");
            assessor.clickAndLoad(By.cssSelector(culture + " .pf-override-button"));
            assertEquals("100", assessor.find(By.cssSelector(culture + " .pf-score")).getText(), "the computed value stays, as the exports write it");
            assertEquals("95", assessor.find(By.cssSelector(culture + " .pf-override-value")).getText());
            assertTrue(assessor.find(By.cssSelector(culture + " .pf-justification")).getText().contains("slow incident handling"));

            showFirm(assessor, NORTHWIND);
            String panel = partnerPanel(NORTHWIND);
            new Select(assessor.find(By.cssSelector(panel + " .pf-recommend-choice"))).selectByValue("RECOMMENDED");
            assessor.find(By.cssSelector(panel + " .pf-recommend-note")).sendKeys("Best evidence of measured delivery.");
            assessor.clickAndLoad(By.cssSelector(panel + " .pf-recommend-button"));
            assertTrue(assessor.find(By.cssSelector(panel + " .pf-recommended")).getText().contains("Recommended"));
            assessor.screenshot("journey-assessor-review");
        }
        try (Browser partner = new Browser().login("northwind-contact")) {
            answerPage(partner, "kpis");
            assertTrue(partner.pageText().contains("Yes, all twelve months, please."), "the partner reads the answer");
        }
    }

    @Test
    @Order(4)
    void whatIfWeightsReRankWithoutSavingAndTheAssessmentRunsItsCourse() {
        try (Browser admin = new Browser().login("acme-admin")) {
            admin.open(assessmentUrl);
            List<String> order = firms(admin);
            assertEquals(2, order.size(), admin.pageText());

            whatIf(admin, "culture-fit", "100", 150);
            whatIf(admin, "kpis", "0", 100);
            assertTrue(admin.find(By.cssSelector(".pf-whatif-state")).getText().contains("not saved"));
            List<String> cultureOnly = firms(admin);
            whatIf(admin, "culture-fit", "0", 0);
            whatIf(admin, "kpis", "100", 100);
            admin.screenshot("journey-what-if");
            assertEquals(cultureOnly.get(0), firms(admin).get(1), "the other weights put the other firm first");
            assertTrue(admin.find(By.id("export-pdf")).getAttribute("href").contains("w.kpis=100"), "exports follow the weights on screen");
            for (String format : List.of("csv", "xlsx", "pdf")) {
                var download = Api.getWithCookies(admin.find(By.id("export-" + format)).getAttribute("href"), admin.cookies());
                assertEquals(200, download.statusCode(), format);
                assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("attachment"), format);
                assertTrue(new String(download.body(), StandardCharsets.ISO_8859_1).contains(format.equals("pdf") ? "%PDF" : format.equals("xlsx") ? "PK" : NORTHWIND),
                        format + " has the expected content");
            }
            admin.open(assessmentUrl);
            assertEquals(order, firms(admin), "what-if changed nothing stored");

            admin.clickAndLoad(By.id("rescoring:rescore"));
            assertTrue(admin.pageText().contains("Every submitted answer was scored again."), admin.pageText());
            assertEquals(order, firms(admin), "the same profile and settings, the same ranking");
            admin.clickAndLoad(By.id("lifecycle:close"));
            assertEquals("In review", admin.find(By.id("status")).getText());
            date(admin, "lifecycle:newDue_input", LocalDate.now().minusDays(1));
            admin.clickAndLoad(By.id("lifecycle:extend"));
            assertTrue(admin.pageText().contains("The new due date must be today or later."), admin.pageText());
            // On the Chinese page the same refusal reads in Chinese.
            admin.clickAndLoad(By.id("header:lang-zh"));
            date(admin, "lifecycle:newDue_input", LocalDate.now().minusDays(1));
            admin.clickAndLoad(By.id("lifecycle:extend"));
            assertTrue(admin.pageText().contains("新的截止日期必须是今天或之后。"), admin.pageText());
            admin.clickAndLoad(By.id("header:lang-en"));
            date(admin, "lifecycle:newDue_input", LocalDate.now().plusDays(40));
            admin.clickAndLoad(By.id("lifecycle:extend"));
            assertEquals("Open", admin.find(By.id("status")).getText());
            assertEquals(LocalDate.now().plusDays(40).toString(), admin.find(By.id("due")).getText());

            admin.clickAndLoad(By.id("lifecycle:close"));
            // Another admin decides meanwhile: this page still offers Decide, and pressing it says
            // the page was out of date instead of seeming to do nothing.
            String id = assessmentUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertEquals(204, Api.json("POST", "assessments/" + id + "/decide", Api.userToken("acme-admin"), null).statusCode());
            admin.clickAndLoad(By.id("lifecycle:decide"));
            assertTrue(admin.pageText().contains("This page was out of date"), admin.pageText());
            assertEquals("Decided", admin.find(By.id("status")).getText());
            admin.open(assessmentUrl);
            admin.screenshot("journey-decided");

            // Feedback for one firm, with its own scores; what is typed stays text everywhere.
            showFirm(admin, NORTHWIND);
            admin.find(By.cssSelector(partnerPanel(NORTHWIND) + " .pf-feedback-input")).sendKeys(FEEDBACK);
            admin.click(By.cssSelector(partnerPanel(NORTHWIND) + " .pf-feedback-with-scores"));
            // An assessor shares other feedback meanwhile: this page's Share does not replace it
            // unseen, keeps what was typed and ticked, and replaces it when pressed again.
            String northwindInvitation = admin.currentUrl().replaceAll(".*[?&]firm=(\\d+).*", "$1");
            assertEquals(200, Api.json("PUT", "review/invitations/" + northwindInvitation + "/feedback", Api.userToken("acme-assessor"),
                    "{\"text\":\"Shared by a colleague meanwhile.\"}").statusCode());
            admin.clickAndLoad(By.cssSelector(partnerPanel(NORTHWIND) + " .pf-feedback-share"));
            assertTrue(admin.pageText().contains("Someone else changed this after you opened the page"), admin.pageText());
            assertEquals(FEEDBACK, admin.find(By.cssSelector(partnerPanel(NORTHWIND) + " .pf-feedback-input")).getAttribute("value"));
            assertTrue(admin.find(By.cssSelector(partnerPanel(NORTHWIND) + " .pf-feedback-with-scores")).isSelected(),
                    "'with scores' as sent, not as stored");
            admin.clickAndLoad(By.cssSelector(partnerPanel(NORTHWIND) + " .pf-feedback-share"));
            assertTrue(admin.pageText().contains("The feedback is shared"), admin.pageText());
            assertTrue(admin.find(By.cssSelector(partnerPanel(NORTHWIND) + " .pf-feedback-state")).getText().startsWith("Shared with the firm on"));
            showFirm(admin, CONTOSO);
            assertEquals("Not shared with the firm.", admin.find(By.cssSelector(partnerPanel(CONTOSO) + " .pf-feedback-state")).getText());
            admin.clickAndLoad(By.id("lifecycle:archive"));
            assertEquals("Archived", admin.find(By.id("status")).getText());

            admin.find(By.id("repeat:repeatName")).sendKeys(NAME + " (next year)");
            admin.clickAndLoad(By.id("repeat:repeatButton"));
            assertEquals(NAME + " (next year)", admin.find(By.id("assessment-title")).getText());
            assertEquals("Draft", admin.find(By.id("status")).getText());
            assertTrue(admin.pageText().contains(NORTHWIND) && admin.pageText().contains(CONTOSO), "the same firms are invited");
        }
        try (Browser partner = new Browser().login("northwind-contact")) {
            partner.click(By.id("nav-invitations"));
            WebElement feedback = partner.find(By.cssSelector(invitationPanel() + " .pf-feedback"));
            assertTrue(feedback.getText().contains(FEEDBACK), "shown as typed, as text: " + feedback.getText());
            assertEquals(null, partner.script("return window.pwned"), "the script in the feedback did not run");
            assertEquals(2, partner.all(By.cssSelector(invitationPanel() + " .pf-feedback-score")).size(), "its own score per criterion");
            partner.script("document.querySelector(\"" + invitationPanel() + " .pf-feedback\").scrollIntoView()");
            partner.screenshot("journey-partner-feedback");
        }
        try (Browser partner = new Browser().login("contoso-contact")) {
            partner.click(By.id("nav-invitations"));
            partner.find(By.cssSelector(invitationPanel()));
            assertTrue(partner.all(By.cssSelector(invitationPanel() + " .pf-feedback")).isEmpty(), "no feedback was shared with Contoso");
            answerPage(partner, "kpis");
            assertTrue(partner.pageText().contains("submitted and can no longer be changed"), partner.pageText());
        }
    }

    @Test
    @Order(5)
    void filesAndExportsAreServedOnlyInsideTheTenant() {
        String evidence;
        String export;
        try (Browser assessor = new Browser().login("acme-assessor")) {
            assessor.open(assessmentUrl);
            showFirm(assessor, NORTHWIND);
            evidence = assessor.find(By.cssSelector(result(NORTHWIND, "kpis") + " a.pf-file")).getAttribute("href");
            export = assessor.find(By.id("export-csv")).getAttribute("href");
            var file = Api.getWithCookies(evidence, assessor.cookies());
            assertEquals(200, file.statusCode());
            assertTrue(new String(file.body(), StandardCharsets.US_ASCII).startsWith("%PDF"));
            assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(file.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        }
        try (Browser stranger = new Browser().login("globex-assessor")) {
            assertEquals(404, Api.getWithCookies(evidence, stranger.cookies()).statusCode(), "another tenant's file");
            assertEquals(404, Api.getWithCookies(export, stranger.cookies()).statusCode(), "another tenant's results");
        }
        try (Browser otherFirm = new Browser().login("contoso-contact")) {
            assertEquals(404, Api.getWithCookies(evidence, otherFirm.cookies()).statusCode(), "another firm's file");
        }
    }

    private static String invitationPanel() {
        return ".pf-invitation[data-assessment='" + NAME + "']";
    }

    private static void answerPage(Browser partner, String criterion) {
        partner.click(By.id("nav-invitations"));
        partner.clickAndLoad(By.cssSelector(invitationPanel() + " a.pf-answer-link[data-criterion='" + criterion + "']"));
        partner.find(By.id("criterion-title"));
    }

    /** Opens one firm's details from the ranking table. */
    private static void showFirm(Browser browser, String firm) {
        browser.clickAndLoad(By.xpath("//*[contains(@class, 'pf-ranking')]//a[contains(@class, 'pf-firm') and normalize-space() = '" + firm + "']"));
        browser.find(By.cssSelector(partnerPanel(firm)));
        assertEquals(firm, browser.find(By.cssSelector(".pf-ranking tr.pf-selected .pf-firm")).getText(), "its row is marked");
    }

    private static String result(String firm, String criterion) {
        return partnerPanel(firm) + " .pf-result[data-criterion='" + criterion + "']";
    }

    private static String partnerPanel(String firm) {
        return ".pf-partner[data-firm='" + firm + "']";
    }

    /** Picks the n-th choice (or the last) of every single choice and scale, and the first of every multiple choice. */
    private static void answerAll(Browser partner, int n) {
        chooseScales(partner, n);
        for (WebElement group : partner.all(By.cssSelector(".pf-multi"))) {
            group.findElements(By.cssSelector("input[type='checkbox']")).get(0).click();
        }
    }

    /** Picks the n-th choice (or the last) of every single choice and scale. */
    private static void chooseScales(Browser browser, int n) {
        for (WebElement group : browser.all(By.cssSelector(".pf-scale"))) {
            List<WebElement> options = group.findElements(By.cssSelector("input[type='radio']"));
            options.get(Math.min(n, options.size() - 1)).click();
        }
    }

    /** The ids of every chosen radio button and checkbox of the answer form. */
    private static List<String> chosenOptions(Browser partner) {
        return partner.all(By.cssSelector("#answers input[type='radio'], #answers input[type='checkbox']")).stream()
                .filter(WebElement::isSelected).map(e -> e.getAttribute("id")).toList();
    }

    private static void choose(Browser browser, int question, String value) {
        browser.all(By.cssSelector(".pf-scale")).get(question).findElement(By.cssSelector("input[value='" + value + "']")).click();
    }

    private static void upload(Browser partner, String file, String expected) {
        partner.find(By.cssSelector(".pf-evidence input[type='file']")).sendKeys(files.resolve(file).toString());
        partner.wait(d -> partner.pageText().contains(expected));
    }

    /**
     * Puts a date into a date picker's field without focusing it: focus opens the calendar, which
     * covers the buttons below and does not reliably close again.
     */
    private static void date(Browser browser, String id, LocalDate date) {
        WebElement input = browser.find(By.id(id));
        browser.wait(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "arguments[0].value = arguments[1]; return true;", input, date.toString()));
    }

    private static void weight(Browser admin, String css, String value) {
        WebElement input = admin.find(By.cssSelector(css));
        input.clear();
        input.sendKeys(value);
    }

    /** Changes one what-if weight and waits for the re-ranked table (its sum line tells the round trip is done). */
    private static void whatIf(Browser admin, String criterion, String value, int expectedSum) {
        WebElement input = admin.find(By.cssSelector(".pf-weight-input[data-criterion='" + criterion + "']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        admin.wait(d -> {
            try {
                return d.findElement(By.cssSelector(".pf-whatif-state")).getText().contains("Sum: " + expectedSum);
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    private static List<String> firms(Browser browser) {
        return browser.wait(d -> {
            try {
                return d.findElements(By.cssSelector(".pf-ranking .pf-firm")).stream().map(WebElement::getText).toList();
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    private static List<String> firmsInQueue(Browser browser) {
        try {
            return browser.all(By.cssSelector(".pf-queue .pf-queue-firm")).stream().map(WebElement::getText).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return List.of();
        }
    }
}
