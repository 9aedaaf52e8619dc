package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnerfit.e2e.fixtures.NeverEndingCriterion;
import org.partnerfit.spi.CriterionPlugin;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Everything a careless or hostile sender can hand the platform: empty, oversized, mistyped and
 * oddly named files, zip bombs, malformed JSON and values of the wrong type on every endpoint
 * (read from the API's resource classes, as the attack suite does), broken plugin JARs, a scorer
 * that never returns, and script in every free-text field — which must come back as text in the
 * portal's pages and in the CSV, Excel and PDF exports. Each case must get a clear refusal (a 4xx
 * with a message, or a message on the page), and the platform must still answer after each group.
 * Prints how many cases it tried and how many failed; fails on any.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputSuiteIT {

    /** Script that would leave a mark (window.pfXss, an img with src x) if a page or file ran it. */
    static final String XSS = "<script>window.pfXss=1</script><img src=x onerror=\"window.pfXss=2\">'\"&amp;";
    private static final String FORMULA = "=HYPERLINK(\"http://127.0.0.1/\",\"click\")";
    private static final String TR = Workflow.EVIDENCE_CRITERION;
    private static final int MIB = 1024 * 1024;

    private static final List<String> CASES = new ArrayList<>();
    private static final List<String> FAILURES = new ArrayList<>();

    /** The Acme assessment the cases aim at: talent retention, Northwind invited, open, a PDF attached. */
    private static long assessment;
    private static long invitation;
    private static long evidence;
    private static Path files;

    @BeforeAll
    static void target() throws IOException {
        files = Files.createTempDirectory("bad-input");
        String admin = Api.userToken("acme-admin");
        Workflow.switchOn(admin, TR);
        assessment = Workflow.create(admin, "Bad input target", "{\"" + TR + "\":100}");
        invitation = Workflow.invite(admin, assessment, Workflow.NORTHWIND_FIRM, Workflow.NORTHWIND_EMAIL);
        Workflow.open(admin, assessment);
        evidence = Workflow.uploadPdf(Api.userToken("northwind-contact"), invitation);
    }

    @AfterAll
    static void report() throws IOException {
        System.out.println("Bad-input suite: " + CASES.size() + " cases, " + FAILURES.size() + " failed");
        FAILURES.forEach(f -> System.out.println("  FAILED " + f));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bad-input-suite.txt"), CASES);
        try (var all = Files.walk(files)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---- evidence files through the API ------------------------------------------------------

    @Test
    @Order(1)
    void evidenceUploadsAreRefusedInWords() {
        String partner = Api.userToken("northwind-contact");
        refused("evidence", "zero bytes", Workflow.upload(partner, invitation, "empty.pdf", new byte[0]), "The file is empty.");
        refused("evidence", "11 MiB, over the 10 MiB limit", Workflow.upload(partner, invitation, "big.pdf", pdf(11 * MIB)),
                "larger than the limit");
        refused("evidence", "a type the question does not take", Workflow.upload(partner, invitation, "tool.exe", "MZ".getBytes()),
                "not accepted here");
        refused("evidence", "a PNG named .pdf", Workflow.upload(partner, invitation, "chart.pdf", png()), "content is not a PDF");
        refused("evidence", "a zip bomb named .docx", Workflow.upload(partner, invitation, "strategy.docx", zipBomb("word/document.xml")),
                "unpacks to more than");
        refused("evidence", "a ZIP that is not a Word document", Workflow.upload(partner, invitation, "strategy.docx",
                zip("notes.txt", "hello".getBytes())), "not a DOCX");
        String path = "partner/invitations/" + invitation + "/evidence?criterion=" + TR + "&question=" + Workflow.EVIDENCE_QUESTION
                + "&fileName=x.pdf";
        refused("evidence", "sent as text/plain", Api.send(Api.request(path, partner).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Workflow.PDF)).build()), "Unsupported Media Type");
        refused("evidence", "sent as JSON", Api.send(Api.request(path, partner).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\":\"%PDF-\"}")).build()), "Unsupported Media Type");
        refused("evidence", "no evidence question of that name", Api.send(Api.request(path.replace(Workflow.EVIDENCE_QUESTION, "attritionPercent"),
                partner).header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(Workflow.PDF)).build()),
                "asks for no evidence named");

        // Names that try to leave the folder or hide: stored under a plain name, or refused.
        for (String name : List.of("../../../../etc/passwd.pdf", "..\\..\\windows\\system32\\evil.pdf", "/etc/cron.d/evil.pdf",
                "....//....//evil.pdf", "%2e%2e%2fevil.pdf", ".htaccess.pdf", "evil\u0000.pdf", "evil.pdf\r\nX-Injected: 1",
                "a".repeat(600) + ".pdf", XSS + ".pdf")) {
            HttpResponse<String> r = Workflow.upload(partner, invitation, name, Workflow.PDF);
            String stored = Api.field(r.body(), "fileName");
            boolean plain = r.statusCode() == 201 && stored != null && !stored.contains("/") && !stored.contains("\\")
                    && !stored.startsWith(".") && !stored.contains("..") && !stored.contains("<") && stored.length() <= 120;
            record("evidence", "file name " + printable(name) + " -> " + r.statusCode() + " as " + stored,
                    plain || isRefusal(r), r.body());
            if (r.statusCode() == 201) {
                Api.send(Api.request("partner/invitations/" + invitation + "/evidence/" + Api.field(r.body(), "id"), partner).DELETE().build());
            }
        }
        stillUp("evidence");
    }

    // ---- broken plugin JARs and a scorer that never returns ---------------------------------

    @Test
    @Order(2)
    void brokenPluginJarsAreRefusedAndANeverEndingScorerFailsOnlyItsCriterion() throws Exception {
        String operator = Api.automationToken();
        refused("plugin", "not a JAR", installJar(operator, "notes.jar", "just text".getBytes()), "is not a JAR file.");
        refused("plugin", "empty", installJar(operator, "empty.jar", new byte[0]), "is empty.");
        refused("plugin", "no descriptor", installJar(operator, "nodescriptor.jar", zip("org/example/Nothing.class", new byte[] {1, 2})),
                "has no plugin descriptor");
        refused("plugin", "a zip bomb", installJar(operator, "bomb.jar", zipBomb("META-INF/services/" + CriterionPlugin.class.getName())),
                "unpacks to more than");
        byte[] real = neverEndingJar();
        refused("plugin", "cut in half", installJar(operator, "half.jar", java.util.Arrays.copyOf(real, real.length / 2)), "");
        refused("plugin", "21 MiB", installJar(operator, "huge.jar", pdf(21 * MIB)), "larger than 20 MiB");
        refused("plugin", "sent as text/plain", Api.send(Api.request("plugins?fileName=x.jar", operator).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(real)).build()), "Unsupported Media Type");

        // The never-ending scorer, under a name far longer than the column that keeps it.
        HttpResponse<String> installed = installJar(operator, "../" + "never-ending-".repeat(30) + ".jar", real);
        record("plugin", "a real JAR with a 400-character path as its name -> " + installed.statusCode(),
                installed.statusCode() == 201 || installed.statusCode() == 409, installed.body());
        stillUp("plugin");

        String admin = Api.userToken("acme-admin");
        Workflow.switchOn(admin, NeverEndingCriterion.ID);
        Workflow.switchOn(admin, "culture-fit");
        long looping = Workflow.create(admin, "Bad input: never-ending scorer", "{\"" + NeverEndingCriterion.ID + "\":50,\"culture-fit\":50}");
        long firm = Workflow.invite(admin, looping, Workflow.NORTHWIND_FIRM, Workflow.NORTHWIND_EMAIL);
        Workflow.open(admin, looping);
        assertEquals(200, Api.json("PUT", "criteria/" + NeverEndingCriterion.ID, admin, "{\"enabled\":false}").statusCode(),
                "switched off again; the assessment keeps its pin");
        String partner = Api.userToken("northwind-contact");
        String base = "partner/invitations/" + firm + "/criteria/";
        assertEquals(204, Api.json("PUT", base + NeverEndingCriterion.ID + "/answers", partner,
                "{\"values\":{\"ok\":[\"yes\"],\"note\":[\"" + XSS.replace("\"", "\\\"") + "\"]}}").statusCode());
        long start = System.nanoTime();
        HttpResponse<String> submitted = Api.json("POST", base + NeverEndingCriterion.ID + "/submit", partner, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        record("scorer", "never returns: submit answered " + submitted.statusCode() + " in " + millis + " ms",
                submitted.statusCode() == 204 && millis < 15_000, submitted.body());
        assertEquals(204, Api.json("PUT", base + "culture-fit/answers", partner, "{\"values\":{\"communication\":[\"3\"],\"recognition\":[\"3\"],"
                + "\"meetings\":[\"3\"],\"incidents\":[\"1\"],\"product\":[\"2\"]}}").statusCode());
        assertEquals(204, Api.json("POST", base + "culture-fit/submit", partner, null).statusCode());
        String review = Api.get("assessments/" + looping, Api.userToken("acme-assessor")).body();
        record("scorer", "the never-ending criterion is marked failed with the reason",
                review.contains("\"failure\":{\"en\":\"The scorer did not finish within") && review.contains("评分器未在"), review);
        record("scorer", "the other criterion of the same firm is still scored",
                Pattern.compile("\"scoredBy\":\"culture-fit@[^\"]*\",\"status\":\"[A-Z_]+\",\"value\":[0-9]").matcher(review).find(), review);
        stillUp("scorer");
    }

    // ---- malformed JSON, wrong types, wrong ids, wrong content types on every endpoint -------

    @Test
    @Order(3)
    void everyEndpointRefusesMalformedBodiesWrongTypesAndWrongIds() {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String user : List.of("acme-admin", "acme-assessor", "northwind-contact")) {
            tokens.put(user, Api.userToken(user));
        }
        tokens.put("operator", Api.automationToken());
        Map<String, String> ids = Map.of("{assessmentId}", String.valueOf(assessment), "{invitationId}", String.valueOf(invitation),
                "{evidenceId}", String.valueOf(evidence), "{pluginId}", TR, "{id}", "culture-fit", "{version}", "1.0.1");
        List<AttackSuiteIT.Endpoint> endpoints = AttackSuiteIT.endpoints();
        int json = 0;
        for (AttackSuiteIT.Endpoint e : endpoints) {
            String caller = tokens.keySet().stream().filter(AttackSuiteIT.API_RULES.get(e.rule())::contains).findFirst().orElseThrow();
            String token = tokens.get(caller);
            String path = fill(e.path(), ids);
            String what = e.rule() + " as " + caller;
            if (MediaType.APPLICATION_JSON.equals(e.consumes())) {
                json++;
                for (var body : malformed().entrySet()) {
                    refused("json", what + " with " + body.getKey(), raw(e.method(), path, token, "application/json", body.getValue()), "");
                }
                refused("json", what + " with a 2 MiB body", raw(e.method(), path, token, "application/json",
                        ("{\"x\":\"" + "a".repeat(2 * MIB) + "\"}").getBytes(StandardCharsets.UTF_8)), "");
                refused("json", what + " as text/plain", raw(e.method(), path, token, "text/plain", "{}".getBytes()), "Unsupported Media Type");
                Class<?> body = bodyType(e);
                for (RecordComponent component : body.getRecordComponents()) {
                    for (String wrong : wrongValues(component.getType())) {
                        String document = "{\"" + component.getName() + "\":" + wrong + "}";
                        refused("json", what + " with " + document, raw(e.method(), path, token, "application/json",
                                document.getBytes(StandardCharsets.UTF_8)), "");
                    }
                }
            }
            if (e.path().contains("{")) {
                for (String bad : List.of("abc", "99999999999999999999999", "-1", "%2e%2e%2f%2e%2e%2fetc%2fpasswd")) {
                    Map<String, String> wrongIds = new LinkedHashMap<>(ids);
                    wrongIds.replaceAll((k, v) -> bad);
                    HttpResponse<String> r = raw(e.method(), fill(e.path(), wrongIds), token,
                            e.consumes() == null ? null : e.consumes(), e.consumes() == null ? null : "{}".getBytes());
                    // The container may refuse a path before the application sees it (an encoded slash): any 4xx with a body.
                    // An encoded ../ is resolved by the container, out of /api into the portal, which asks for a login (302).
                    boolean resolvedOutOfTheApi = bad.contains("%2e") && r.statusCode() == 302;
                    record("ids", what + " with every id " + bad + " -> " + r.statusCode(), isRefusal(r) || resolvedOutOfTheApi
                            || r.statusCode() >= 400 && r.statusCode() < 500 && !r.body().isBlank()
                            && !r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
                }
            }
        }
        record("json", "the API has JSON endpoints to try (" + json + ")", json >= 10, "");
        String admin = tokens.get("acme-admin");
        refused("query", "audit from a date that is no date", Api.get("audit?from=yesterday", admin), "dates look like");
        refused("query", "audit to a date that is no date", Api.get("audit?to=2026-13-45", admin), "dates look like");
        refused("query", "audit of an action that does not exist", Api.get("audit?action=DROP_TABLES", admin), "action must be one of");
        refused("query", "audit page that is no number", Api.get("audit?page=last", admin), "page must be a whole number");
        refused("query", "audit page of a size past the limit", Api.get("audit?size=100000", admin), "size must be a whole number");
        refused("query", "audit page of a negative size", Api.get("audit?page=1&size=-5", admin), "size must be a whole number");
        refused("query", "what-if weight that is no number", Api.get("assessments/" + assessment + "/ranking?weight." + TR + "=lots",
                admin), "what-if weights");
        refused("query", "what-if weight of a huge number", Api.get("assessments/" + assessment + "/ranking?weight." + TR
                + "=99999999999999999999", admin), "");
        // Side effects of lenient cases must not leak into other tests: talent retention stays on.
        Workflow.switchOn(admin, TR);
        stillUp("json");
    }

    /** Bodies that are not the JSON any call expects. */
    private static Map<String, byte[]> malformed() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (String text : List.of("{\"name\": ", "[1, 2]", "\"just a string\"", "42", "null", "{\"a\":1,}", "{'single':'quotes'}",
                "[".repeat(20_000) + "]".repeat(20_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000))) {
            bodies.put(text.length() > 30 ? text.substring(0, 12) + "… (" + text.length() + " characters)" : text,
                    text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.put("bytes that are not UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
        return bodies;
    }

    /** Values of another JSON type than a record component's. */
    private static List<String> wrongValues(Class<?> type) {
        if (type == String.class) {
            // The NUL character is valid JSON but no text PostgreSQL stores.
            return List.of("{\"nested\":1}", "[\"a\"]", "\"nul \\u0000 inside\"");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == double.class
                || type == Double.class) {
            return List.of("\"lots\"", "[1]", "1e400");
        }
        if (type == boolean.class || type == Boolean.class) {
            return List.of("\"maybe\"", "[true]");
        }
        if (type == LocalDate.class) {
            return List.of("\"31/12/2026\"", "20261231");
        }
        if (type.isEnum()) {
            return List.of("\"NO_SUCH_VALUE\"", "1");
        }
        if (Map.class.isAssignableFrom(type)) {
            return List.of("\"all of them\"", "[1]", "{\"key\":{\"deeper\":[]}}", "{\"nul\\u0000key\":1}");
        }
        return List.of("\"text\"", "7");
    }

    private static Class<?> bodyType(AttackSuiteIT.Endpoint e) {
        for (Parameter p : e.resourceMethod().getParameters()) {
            if (p.getType().isRecord() && p.getAnnotations().length == 0) {
                return p.getType();
            }
        }
        throw new AssertionError("No request record for " + e.rule());
    }

    private static String fill(String path, Map<String, String> ids) {
        for (var id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }

    private static HttpResponse<String> raw(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder b = Api.request(path, token);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return Api.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    // ---- script in every free-text field -----------------------------------------------------

    @Test
    @Order(4)
    void scriptInEveryFreeTextFieldComesBackAsText() throws Exception {
        String admin = Api.userToken("acme-admin");
        String name = "XSS " + XSS;
        HttpResponse<String> created = Api.json("POST", "assessments", admin, "{\"name\":" + quote(name) + ",\"description\":" + quote(XSS)
                + ",\"dueDate\":\"" + LocalDate.now().plusDays(30) + "\",\"weights\":{\"" + TR + "\":100}}");
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        long xss = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        HttpResponse<String> invited = Api.json("POST", "assessments/" + xss + "/invitations", admin,
                "{\"firmName\":" + quote(XSS) + ",\"contactEmail\":\"" + Workflow.NORTHWIND_EMAIL + "\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        long firm = Api.id(invited, "invitationId");
        assertEquals(201, Api.json("POST", "assessments/" + xss + "/invitations", admin,
                "{\"firmName\":" + quote(FORMULA) + ",\"contactEmail\":\"formula@bad-input.test\"}").statusCode());
        Workflow.open(admin, xss);

        String partner = Api.userToken("northwind-contact");
        String answers = "partner/invitations/" + firm + "/criteria/" + TR;
        assertEquals(201, Workflow.upload(partner, firm, XSS + ".pdf", Workflow.PDF).statusCode());
        assertEquals(201, Api.json("POST", answers + "/clarifications", partner, "{\"body\":" + quote("Partner: " + XSS) + "}").statusCode());
        assertEquals(204, Api.json("PUT", answers + "/answers", partner, Workflow.EVIDENCE_CRITERION_ANSWERS).statusCode());
        assertEquals(204, Api.json("POST", answers + "/submit", partner, null).statusCode());
        String assessor = Api.userToken("acme-assessor");
        String review = "review/invitations/" + firm;
        assertEquals(201, Api.json("POST", review + "/criteria/" + TR + "/clarifications", assessor,
                "{\"body\":" + quote("Assessor: " + XSS) + "}").statusCode());
        assertEquals(204, Api.json("PUT", review + "/criteria/" + TR + "/override", assessor,
                "{\"value\":70,\"justification\":" + quote("Override: " + XSS) + "}").statusCode());
        assertEquals(204, Api.json("PUT", review + "/recommendation", assessor,
                "{\"recommendation\":\"RESERVE\",\"note\":" + quote("Note: " + XSS) + "}").statusCode());
        HttpResponse<String> feedback = Api.json("PUT", review + "/feedback", admin,
                "{\"text\":" + quote("Feedback: " + XSS) + ",\"withScores\":true}");
        assertEquals(200, feedback.statusCode(), feedback.body());

        String page = "/client/assessment.xhtml?id=" + xss;
        try (Browser browser = new Browser().login("acme-assessor")) {
            shownAsText(browser, page, List.of(name, "Partner: " + XSS, "Assessor: " + XSS, "Override: " + XSS, "Note: " + XSS));
            shownAsText(browser, "/client/assessments.xhtml", List.of(name));
            shownAsText(browser, "/client/queue.xhtml", List.of());
            browser.open(page);
            for (String format : List.of("csv", "xlsx", "pdf")) {
                String href = browser.find(By.id("export-" + format)).getAttribute("href");
                HttpResponse<byte[]> download = Api.getWithCookies(href, browser.cookies());
                record("xss", format + " export downloads -> " + download.statusCode(), download.statusCode() == 200, "");
                if (download.statusCode() == 200) {
                    exportKeepsText(format, download.body());
                }
            }
        }
        assertEquals(204, Api.json("POST", review + "/criteria/" + TR + "/return", assessor,
                "{\"reason\":" + quote("Returned: " + XSS) + "}").statusCode());
        try (Browser browser = new Browser().login("acme-admin")) {
            shownAsText(browser, "/client/admin/audit.xhtml", List.of());
            shownAsText(browser, page, List.of(XSS, "Returned: " + XSS));
            // The People page's search goes to Keycloak and comes back in the search box.
            browser.open("/client/admin/users.xhtml");
            browser.find(By.id("users:members:globalFilter")).sendKeys(XSS);
            browser.wait(d -> browser.ajaxIdle() && browser.pageText().contains("Nobody yet."));
            record("xss", "People search for the script keeps it as typed",
                    XSS.equals(browser.find(By.id("users:members:globalFilter")).getAttribute("value")), browser.pageText());
            ranNothing(browser, "People search for the script");
        }
        try (Browser browser = new Browser().login("northwind-contact")) {
            shownAsText(browser, "/partner/invitations.xhtml", List.of(name, "Feedback: " + XSS));
            WebElement link = browser.all(By.cssSelector(".pf-invitation")).stream()
                    .filter(panel -> name.equals(panel.getAttribute("data-assessment"))).findFirst().orElseThrow()
                    .findElement(By.cssSelector("a.pf-answer-link[data-criterion='" + TR + "']"));
            shownAsText(browser, link.getAttribute("href"), List.of("Partner: " + XSS, "Assessor: " + XSS, "Returned: " + XSS));
        }
        stillUp("xss");
    }

    /** The page shows each text literally, and nothing in it ran or became an element. */
    private static void shownAsText(Browser browser, String page, List<String> texts) {
        browser.open(page);
        browser.find(By.id("header:who"));
        String text = browser.pageText();
        for (String expected : texts) {
            record("xss", page + " shows " + printable(expected) + " as text", text.contains(expected), text);
        }
        ranNothing(browser, page);
    }

    /** Nothing of the script ran or became an element on the page as it is now. */
    private static void ranNothing(Browser browser, String what) {
        Object ran = browser.script("return String(window.pfXss) + ' ' + document.querySelectorAll('img[src=\"x\"]').length + ' '"
                + " + Array.from(document.scripts).filter(s => s.text.startsWith('window.pfXss')).length");
        record("xss", what + " ran no script (window.pfXss, injected img, injected script: " + ran + ")", "undefined 0 0".equals(ran),
                browser.pageText());
    }

    /** The export holds the script as text: CSV quoted, XLSX escaped and well-formed, PDF as literal text with no actions. */
    private static void exportKeepsText(String format, byte[] file) throws Exception {
        switch (format) {
            case "csv" -> {
                String csv = new String(file, StandardCharsets.UTF_8);
                record("xss", "CSV quotes the script as one cell", csv.contains("\"" + XSS.replace("\"", "\"\"") + "\""), csv);
                record("xss", "CSV keeps a formula from running", csv.contains("'" + FORMULA.replace("\"", "\"\"")) && !csv.contains("," + FORMULA),
                        csv);
            }
            case "xlsx" -> {
                StringBuilder text = new StringBuilder();
                boolean formulas = false;
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
                    for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                        if (entry.getName().endsWith(".xml")) {
                            byte[] xml = zip.readAllBytes();
                            formulas |= new String(xml, StandardCharsets.UTF_8).contains("<f>");
                            var factory = DocumentBuilderFactory.newInstance();
                            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                            text.append(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement().getTextContent());
                        }
                    }
                }
                record("xss", "XLSX is well-formed XML holding the script as text", text.toString().contains(XSS), text.toString());
                record("xss", "XLSX holds no formula", !formulas && text.toString().contains(FORMULA), text.toString());
            }
            default -> {
                PdfReader reader = new PdfReader(file);
                StringBuilder text = new StringBuilder();
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    text.append(extractor.getTextFromPage(p)).append('\n');
                }
                reader.close();
                String flat = text.toString().replaceAll("\\s+", "");
                record("xss", "PDF shows the script as literal text", flat.contains(XSS.replaceAll("\\s+", "")), text.toString());
                String raw = new String(file, StandardCharsets.ISO_8859_1);
                record("xss", "PDF has no JavaScript, launch or open action",
                        !raw.contains("/JavaScript") && !raw.contains("/JS") && !raw.contains("/Launch") && !raw.contains("/OpenAction"), "");
            }
        }
    }

    // ---- uploads in the portal ----------------------------------------------------------------

    @Test
    @Order(5)
    void portalUploadsAreRefusedWithAMessageOnThePage() throws IOException {
        Path notAJar = Files.write(files.resolve("notes.jar"), "just text".getBytes());
        Path bomb = Files.write(files.resolve("bomb.jar"), zipBomb("META-INF/services/" + CriterionPlugin.class.getName()));
        Path noDescriptor = Files.write(files.resolve("nodescriptor.jar"), zip("org/example/Nothing.class", new byte[] {1, 2}));
        Path empty = Files.write(files.resolve("empty.jar"), new byte[0]);
        Path huge = Files.write(files.resolve("huge.jar"), pdf(21 * MIB));
        try (Browser operator = new Browser().login("operator")) {
            operator.click(By.id("nav-plugins"));
            Map<Path, String> expectations = new LinkedHashMap<>();
            expectations.put(notAJar, "Refused: notes.jar is not a JAR file.");
            expectations.put(bomb, "unpacks to more than");
            expectations.put(noDescriptor, "has no plugin descriptor");
            expectations.put(empty, "Choose a plugin JAR first.");
            expectations.put(huge, "20 MiB");
            for (var c : expectations.entrySet()) {
                Path file = c.getKey();
                operator.find(By.cssSelector("input[type='file']")).sendKeys(file.toString());
                operator.clickAndLoad(By.id("upload:install"));
                String expected = c.getValue();
                boolean shown;
                try {
                    operator.wait(d -> operator.pageText().contains(expected));
                    shown = true;
                } catch (AssertionError notShown) {
                    shown = false;
                }
                record("portal", "plugin upload " + file.getFileName() + " says '" + expected + "'", shown, operator.pageText());
                operator.open("/operator/plugins.xhtml");
            }
        }
        Path bigEvidence = Files.write(files.resolve("big.pdf"), pdf(21 * MIB));
        try (Browser partner = new Browser().login("northwind-contact")) {
            partner.open("/partner/invitations.xhtml");
            WebElement link = partner.all(By.cssSelector(".pf-invitation")).stream()
                    .filter(panel -> "Bad input target".equals(panel.getAttribute("data-assessment"))).findFirst().orElseThrow()
                    .findElement(By.cssSelector("a.pf-answer-link[data-criterion='" + TR + "']"));
            String answerPage = link.getAttribute("href");
            // The strategy document is asked for only of a firm that says it has a strategy: no slot for it before.
            assertEquals(204, Api.json("PUT", "partner/invitations/" + invitation + "/criteria/" + TR + "/answers",
                    Api.userToken("northwind-contact"), "{\"values\":{\"retentionStrategy\":[\"no\"]}}").statusCode());
            partner.open(answerPage);
            boolean noSlot = partner.all(By.cssSelector(".pf-evidence input[type='file']")).isEmpty();
            question(partner, "written strategy for hiring").findElement(By.cssSelector("input[type='radio'][value='yes']")).click();
            boolean slotShown;
            try {
                partner.wait(d -> !partner.all(By.cssSelector(".pf-evidence input[type='file']")).isEmpty());
                slotShown = true;
            } catch (AssertionError stillHidden) {
                slotShown = false;
            }
            record("portal", "an evidence question hidden by the answers has no upload; answered so that it is asked, it has",
                    noSlot && slotShown, partner.pageText());
            partner.find(By.cssSelector(".pf-evidence input[type='file']")).sendKeys(bigEvidence.toString());
            boolean shown;
            try {
                partner.wait(d -> partner.pageText().contains("larger than"));
                shown = true;
            } catch (AssertionError notShown) {
                shown = false;
            }
            record("portal", "evidence of 21 MiB, over the portal's upload limit, is refused on the page", shown, partner.pageText());

            // Numbers out of range are refused under their question, naming the limit; a percentage shows its largest value.
            partner.open(answerPage);
            WebElement tenure = question(partner, "median time your engineers");
            WebElement attrition = question(partner, "percentage of your engineers left");
            boolean limitShown = attrition.getText().contains("≤ 100");
            tenure.findElement(By.cssSelector("input.pf-number")).sendKeys("-2");
            attrition.findElement(By.cssSelector("input.pf-number")).sendKeys("101");
            partner.clickAndLoad(By.id("answers:save"));
            String saved = partner.pageText();
            record("portal", "a percentage shows its largest value, and -2 years and 101 % are refused under their questions",
                    limitShown && question(partner, "median time your engineers").getText().contains("-2 is less than the smallest accepted, 0.")
                    && question(partner, "percentage of your engineers left").getText().contains("101 is more than the largest accepted, 100."),
                    saved);
            // Autosave does not redraw the fields while the partner types: its message names the questions.
            boolean named;
            try {
                partner.wait(d -> partner.find(By.cssSelector(".pf-autosaved")).getText().contains("these answers need attention: ")
                        && partner.find(By.cssSelector(".pf-autosaved")).getText().contains("What is the median time"));
                named = true;
            } catch (AssertionError notNamed) {
                named = false;
            }
            record("portal", "autosave of an out-of-range answer names its question", named,
                    partner.find(By.cssSelector(".pf-autosaved")).getText());

            // A form upload sent in chunks says no size, so it could be any size: refused before it is read.
            HttpResponse<String> chunked = Api.send(HttpRequest.newBuilder(URI.create(partner.currentUrl()))
                    .header("Cookie", partner.cookies()).header("Content-Type", "multipart/form-data; boundary=pf")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                            "--pf\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--pf--\r\n".getBytes(StandardCharsets.UTF_8))))
                    .build());
            record("portal", "a multipart form sent in chunks -> " + chunked.statusCode() + ", its page",
                    chunked.statusCode() == 411 && chunked.body().contains("The upload does not say its size"), chunked.body());
        }
        stillUp("portal");
    }

    private static WebElement question(Browser browser, String label) {
        return browser.all(By.cssSelector(".pf-question")).stream().filter(q -> q.getText().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no question '" + label + "' on " + browser.pageText()));
    }

    // ---- text, numbers and dates past what the database keeps; headers that do not parse -------

    @Test
    @Order(6)
    void valuesPastWhatTheDatabaseKeepsAndUnreadableHeadersAreRefused() {
        String admin = Api.userToken("acme-admin");
        String partner = Api.userToken("northwind-contact");
        refused("limits", "answers holding a NUL", Api.json("PUT", "partner/invitations/" + invitation + "/criteria/" + TR + "/answers",
                partner, "{\"values\":{\"" + Workflow.EVIDENCE_QUESTION + "\":[\"a\\u0000b\"]}}"), "NUL");
        refused("limits", "audit of an actor holding a NUL", Api.get("audit?actor=a%00b&page=1", admin), "NUL");
        refused("limits", "audit of a tenant holding a NUL", Api.get("audit?tenant=%00&page=1", Api.automationToken()), "NUL");
        refused("limits", "audit to a day past the year 9999", Api.get("audit?to=%2B999999999-12-31&page=1", admin), "dates look like");
        refused("limits", "audit from a day past the year 9999", Api.get("audit?from=%2B300000-01-01&page=1", admin), "dates look like");
        refused("limits", "a new assessment due in the year 5874898", Api.json("POST", "assessments", admin,
                "{\"name\":\"far\",\"dueDate\":\"+5874898-01-01\",\"weights\":{\"" + TR + "\":100}}"), "years ahead");
        refused("limits", "a due date moved to the year 5874898", Api.json("PUT", "assessments/" + assessment + "/due-date", admin,
                "{\"dueDate\":\"+5874898-01-01\"}"), "years ahead");
        refused("limits", "a repeat due in the year 5874898", Api.json("POST", "assessments/" + assessment + "/repeat", admin,
                "{\"name\":\"far repeat\",\"dueDate\":\"+5874898-01-01\"}"), "years ahead");
        Workflow.switchOn(admin, "culture-fit");
        refused("limits", "weights whose int sum wraps round to 100", Api.json("POST", "assessments", admin,
                "{\"name\":\"wrapped\",\"weights\":{\"" + TR + "\":2147483647,\"culture-fit\":2147483647,\"kpis\":102}}"),
                "between 0 and 100");
        refused("limits", "a weight below zero", Api.json("POST", "assessments", admin,
                "{\"name\":\"negative\",\"weights\":{\"" + TR + "\":100,\"culture-fit\":-10}}"), "between 0 and 100");
        refused("limits", "a contact email of 404 characters", Api.json("POST", "assessments/" + assessment + "/invitations", admin,
                "{\"firmName\":\"Long Mail\",\"contactEmail\":\"a@b." + "c".repeat(400) + "\"}"), "at most 320");
        refused("limits", "a contact email no mail server can deliver to", Api.json("POST", "assessments/" + assessment + "/invitations",
                admin, "{\"firmName\":\"Unicode Mail\",\"contactEmail\":\"张三@公司.中国\"}"), "Mail cannot be delivered");
        refused("limits", "an Accept header that does not parse", Api.send(Api.request("plugins", admin)
                .header("Accept", "application/json;q=abc").GET().build()), "does not parse");
        refused("limits", "a Content-Type that does not parse", Api.send(Api.request("assessments", admin)
                .header("Content-Type", "json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build()), "does not parse");
        stillUp("limits");
        try (Browser browser = new Browser().login("acme-assessor")) {
            for (String page : List.of("/client/assessment.xhtml?id=abc", "/client/assessment.xhtml?id=" + assessment + "&firm=x",
                    "/client/assessment.xhtml?id=99999999999999999999")) {
                HttpResponse<byte[]> r = Api.getWithCookies(Browser.BASE_URL + page, browser.cookies());
                record("limits", page + " -> " + r.statusCode() + ", as an id that does not exist", r.statusCode() == 404, "");
            }
        }
        try (Browser browser = new Browser().login("northwind-contact")) {
            HttpResponse<byte[]> r = Api.getWithCookies(Browser.BASE_URL + "/partner/answer.xhtml?invitation=x&criterion=" + TR,
                    browser.cookies());
            record("limits", "a partner's answer page of invitation x -> " + r.statusCode(), r.statusCode() == 404, "");
            r = Api.getWithCookies(Browser.BASE_URL + "/partner/answer.xhtml?invitation=" + invitation + "&criterion=a%00b",
                    browser.cookies());
            record("limits", "a partner's answer page of criterion a NUL b -> " + r.statusCode(), r.statusCode() == 404, "");
        }
        try (Browser browser = new Browser().login("acme-admin")) {
            // Typed in through the page's own form: the browser sends it as %00.
            browser.open("/client/assessment.xhtml?id=" + assessment);
            browser.find(By.id("setup:firm"));
            browser.script("document.getElementById('setup:firm').value = 'Evil\\u0000Firm';"
                    + "document.getElementById('setup:email').value = '" + Workflow.NORTHWIND_EMAIL + "';");
            browser.clickAndLoad(By.id("setup:invite"));
            String page = browser.pageText();
            record("limits", "a firm name holding a NUL, typed into the portal's form, is refused on the page",
                    page.contains("holds the NUL character") && !page.contains("Something went wrong"), page);
        }
        stillUp("limits");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void record(String group, String what, boolean ok, String detail) {
        String line = group + ": " + what;
        CASES.add(line + (ok ? "" : " FAILED"));
        if (!ok) {
            FAILURES.add(line + " — " + (detail == null ? "" : detail.substring(0, Math.min(600, detail.length()))));
        }
    }

    /** A refusal: 4xx (never 5xx), in the API's JSON shape with a message that says {@code says}. */
    private static void refused(String group, String what, HttpResponse<String> r, String says) {
        record(group, what + " -> " + r.statusCode(), isRefusal(r) && r.body().contains(says), r.body());
    }

    private static boolean isRefusal(HttpResponse<String> r) {
        String error = Api.field(r.body(), "error");
        return r.statusCode() >= 400 && r.statusCode() < 500 && r.body().startsWith("{\"error\":") && error != null && !error.isBlank()
                && r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
    }

    /** The platform still answers: the portal serves a page and the API reads the database. */
    private static void stillUp(String group) {
        HttpResponse<String> portal = Api.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL
                + "/jakarta.faces.resource/css/partnerfit.css.xhtml")).GET().build());
        HttpResponse<String> api = Api.get("plugins", Api.automationToken());
        record(group, "platform up afterwards (portal " + portal.statusCode() + ", API " + api.statusCode() + ")",
                portal.statusCode() == 200 && api.statusCode() == 200, api.body());
        assertEquals(List.of(), List.copyOf(FAILURES), "every bad input is refused in words and the platform stays up");
    }

    private static HttpResponse<String> installJar(String operator, String fileName, byte[] content) {
        return Api.send(Api.request("plugins?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8), operator)
                .header("Content-Type", "application/java-archive").POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String printable(String text) {
        String shown = text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return shown.length() > 50 ? shown.substring(0, 40) + "… (" + shown.length() + " characters)" : shown;
    }

    /** A file that starts like a PDF, of the given size. */
    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(Workflow.PDF, 0, content, 0, Workflow.PDF.length);
        return content;
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP of a few hundred KiB whose one entry inflates to 1 GiB of zeros. */
    private static byte[] zipBomb(String entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[MIB];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The never-ending criterion as a plugin JAR: its class from the test classes and its service index. */
    private static byte[] neverEndingJar() throws IOException {
        String classFile = NeverEndingCriterion.class.getName().replace('.', '/') + ".class";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out);
             var bytes = NeverEndingCriterion.class.getClassLoader().getResourceAsStream(classFile)) {
            jar.putNextEntry(new JarEntry("META-INF/services/" + CriterionPlugin.class.getName()));
            jar.write(NeverEndingCriterion.class.getName().getBytes(StandardCharsets.UTF_8));
            jar.putNextEntry(new JarEntry(classFile));
            jar.write(bytes.readAllBytes());
        }
        return out.toByteArray();
    }
}
