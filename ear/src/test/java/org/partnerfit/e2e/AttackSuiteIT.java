package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerfit.api.PartnerFitApi;

/**
 * Tries every way in that the application offers — each REST endpoint (read from the API's own
 * resource classes) and each portal view (every page of the web module) — as every role, with the
 * other tenant's and the other partner firm's ids, and with forged, tampered and expired tokens.
 * An attempt leaks when it is let through where it must be refused, or when a response shows
 * another tenant's or firm's data. Prints how many attempts it made and how many leaked; fails on
 * any leak, and on any endpoint or page that has no access rule here yet.
 */
class AttackSuiteIT {

    /** Assessors and client admins: they read and decide. */
    private static final Set<String> CLIENT_DECIDERS = Set.of("acme-admin", "acme-assessor", "globex-admin", "globex-assessor");
    /** Everyone of a client organisation, evaluators included: they read. */
    private static final Set<String> CLIENT_READERS = Set.of("acme-admin", "acme-assessor", "acme-evaluator", "globex-admin",
            "globex-assessor");
    private static final Set<String> CLIENT_ADMINS = Set.of("acme-admin", "globex-admin");
    private static final Set<String> PARTNERS = Set.of("northwind-contact", "contoso-contact");

    /** Who may call each endpoint; a new endpoint fails the suite until it is added here. */
    static final Map<String, Set<String>> API_RULES = Map.ofEntries(
            Map.entry("GET plugins", Set.of("operator")),
            Map.entry("POST plugins", Set.of("operator")),
            Map.entry("GET plugins/{id}/{version}", Set.of("operator")),
            Map.entry("DELETE plugins/{id}/{version}", Set.of("operator")),
            Map.entry("GET criteria", CLIENT_READERS),
            Map.entry("PUT criteria/{id}", CLIENT_ADMINS),
            Map.entry("GET criteria/{id}/profile", CLIENT_ADMINS),
            Map.entry("PUT criteria/{id}/profile", CLIENT_ADMINS),
            Map.entry("GET audit", Set.of("operator", "acme-admin", "globex-admin")),
            Map.entry("GET assessments", CLIENT_READERS),
            Map.entry("POST assessments", CLIENT_ADMINS),
            Map.entry("GET assessments/{assessmentId}", CLIENT_READERS),
            Map.entry("GET assessments/{assessmentId}/ranking", CLIENT_READERS),
            Map.entry("POST assessments/{assessmentId}/invitations", CLIENT_ADMINS),
            Map.entry("POST assessments/{assessmentId}/open", CLIENT_ADMINS),
            Map.entry("POST assessments/{assessmentId}/close", CLIENT_ADMINS),
            Map.entry("POST assessments/{assessmentId}/decide", CLIENT_ADMINS),
            Map.entry("POST assessments/{assessmentId}/archive", CLIENT_ADMINS),
            Map.entry("PUT assessments/{assessmentId}/due-date", CLIENT_ADMINS),
            Map.entry("POST assessments/{assessmentId}/repeat", CLIENT_ADMINS),
            Map.entry("POST assessments/{assessmentId}/rescore", CLIENT_DECIDERS),
            // Assessors and client admins decide; evaluators only read.
            Map.entry("PUT review/invitations/{invitationId}/criteria/{pluginId}/override", CLIENT_DECIDERS),
            Map.entry("POST review/invitations/{invitationId}/criteria/{pluginId}/return", CLIENT_DECIDERS),
            Map.entry("PUT review/invitations/{invitationId}/recommendation", CLIENT_DECIDERS),
            Map.entry("POST review/evidence/{evidenceId}/verification", CLIENT_DECIDERS),
            Map.entry("GET review/evidence/{evidenceId}", CLIENT_READERS),
            Map.entry("GET review/invitations/{invitationId}/clarifications", CLIENT_READERS),
            Map.entry("GET review/invitations/{invitationId}/feedback", CLIENT_READERS),
            Map.entry("PUT review/invitations/{invitationId}/feedback", CLIENT_DECIDERS),
            Map.entry("DELETE review/invitations/{invitationId}/feedback", CLIENT_DECIDERS),
            Map.entry("POST review/invitations/{invitationId}/criteria/{pluginId}/clarifications", CLIENT_DECIDERS),
            Map.entry("GET partner/invitations", PARTNERS),
            Map.entry("GET partner/invitations/{invitationId}", PARTNERS),
            Map.entry("GET partner/invitations/{invitationId}/criteria/{pluginId}/answers", PARTNERS),
            Map.entry("PUT partner/invitations/{invitationId}/criteria/{pluginId}/answers", PARTNERS),
            Map.entry("POST partner/invitations/{invitationId}/criteria/{pluginId}/submit", PARTNERS),
            Map.entry("POST partner/invitations/{invitationId}/submit-all", PARTNERS),
            Map.entry("GET partner/invitations/{invitationId}/clarifications", PARTNERS),
            Map.entry("GET partner/invitations/{invitationId}/feedback", PARTNERS),
            Map.entry("POST partner/invitations/{invitationId}/criteria/{pluginId}/clarifications", PARTNERS),
            Map.entry("POST partner/invitations/{invitationId}/evidence", PARTNERS),
            Map.entry("GET partner/invitations/{invitationId}/evidence", PARTNERS),
            Map.entry("GET partner/invitations/{invitationId}/evidence/{evidenceId}", PARTNERS),
            Map.entry("DELETE partner/invitations/{invitationId}/evidence/{evidenceId}", PARTNERS));

    /** The id placeholders of the API's paths whose values belong to one tenant or one partner firm. */
    private static final List<String> OWNED_IDS = List.of("{assessmentId}", "{invitationId}", "{evidenceId}");

    /** The plugin the plugin endpoints are tried on; it is installed for everybody. */
    private static final Map<String, String> PLUGIN_VERSION = Map.of("{id}", "culture-fit", "{version}", "1.0.1");

    /** Ids nobody has, for every placeholder. */
    private static final Map<String, String> NONEXISTENT = Map.of("{id}", "no-such-plugin", "{version}", "9.9.9",
            "{assessmentId}", "999999999", "{invitationId}", "999999999", "{evidenceId}", "999999999",
            "{pluginId}", "no-such-criterion");

    /** An Acme assessment of the criterion with evidence, Northwind invited and a PDF sent: the API's targets. */
    private static final String FIXTURE = "Attack suite target";

    /** Who may open each part of the portal, by path prefix; the first match counts. */
    private static final Map<String, Set<String>> PORTAL_RULES = new LinkedHashMap<>();

    static {
        PORTAL_RULES.put("/partner/", Set.of("northwind-contact", "contoso-contact"));
        PORTAL_RULES.put("/client/admin/", Set.of("acme-admin", "globex-admin"));
        PORTAL_RULES.put("/client/", CLIENT_READERS);
        PORTAL_RULES.put("/operator/", Set.of("operator"));
        PORTAL_RULES.put("/index.xhtml", Set.of("operator", "acme-admin", "acme-assessor", "acme-evaluator", "globex-admin",
                "globex-assessor", "northwind-contact", "contoso-contact"));
    }

    private static final List<String> USERS = List.of("operator", "acme-admin", "acme-assessor", "acme-evaluator", "globex-admin",
            "globex-assessor", "northwind-contact", "contoso-contact");

    /** What each user must never see: the other tenant's and the other firm's names. */
    private static final Map<String, List<String>> FOREIGN = Map.of(
            "acme-admin", List.of("Globex Health", "Claims platform partner"),
            "acme-assessor", List.of("Globex Health", "Claims platform partner"),
            "acme-evaluator", List.of("Globex Health", "Claims platform partner"),
            "globex-admin", List.of("Acme Bank", "Core banking modernisation partner", "Northwind", "Contoso", FIXTURE),
            "globex-assessor", List.of("Acme Bank", "Core banking modernisation partner", "Northwind", "Contoso", FIXTURE),
            "northwind-contact", List.of("Contoso", "Globex Health", "Claims platform partner"),
            "contoso-contact", List.of("Northwind", "Globex Health", "Claims platform partner"),
            "operator", List.of());

    private static final List<String> ATTEMPTS = new ArrayList<>();
    private static final List<String> LEAKS = new ArrayList<>();

    /** {@code consumes} is the request body's media type, or null for a call without one. */
    record Endpoint(String method, String path, String consumes, Method resourceMethod) {
        Endpoint(String method, String path) {
            this(method, path, null, null);
        }

        String rule() {
            return method + " " + path;
        }

        boolean ownedIds() {
            return OWNED_IDS.stream().anyMatch(path::contains);
        }

        /** Whether {@code ids} has a value for every placeholder of the path. */
        boolean filledBy(Map<String, String> ids) {
            return java.util.regex.Pattern.compile("\\{[^}]+}").matcher(path).results()
                    .allMatch(p -> ids.containsKey(p.group()) || PLUGIN_VERSION.containsKey(p.group()));
        }
    }

    @AfterAll
    static void report() throws IOException {
        System.out.println("Attack suite: " + ATTEMPTS.size() + " attempts, " + LEAKS.size() + " leaked");
        LEAKS.forEach(leak -> System.out.println("  LEAK " + leak));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "attack-suite.txt"), ATTEMPTS);
    }

    private static void attempt(String description, boolean leaked, String why) {
        ATTEMPTS.add(description);
        if (leaked) {
            LEAKS.add(description + " — " + why);
        }
    }

    // ---- REST API ---------------------------------------------------------------------------

    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : new PartnerFitApi().getClasses()) {
            jakarta.ws.rs.Path base = resource.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : resource.getMethods()) {
                String http = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (http != null) {
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                            : resource.getAnnotation(Consumes.class);
                    endpoints.add(new Endpoint(http, base.value() + (sub == null ? "" : "/" + sub.value()),
                            consumes == null ? null : consumes.value()[0], m));
                }
            }
        }
        return endpoints;
    }

    private static HttpRequest request(Endpoint e, String token, String tenantHeader, Map<String, String> ids) {
        String path = e.path();
        for (var id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        for (var id : PLUGIN_VERSION.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        String query = e.method().equals("POST") ? "?fileName=attack.jar&criterion=" + ids.getOrDefault("{pluginId}", "culture-fit")
                + "&question=" + Workflow.EVIDENCE_QUESTION : "";
        HttpRequest.Builder b = Api.request(path + query, token);
        if (tenantHeader != null) {
            b.header("X-PartnerFit-Tenant", tenantHeader);
        }
        HttpRequest.BodyPublisher body = e.consumes() == null ? HttpRequest.BodyPublishers.noBody()
                : e.consumes().equals(MediaType.APPLICATION_JSON) ? HttpRequest.BodyPublishers.ofString("{}")
                : HttpRequest.BodyPublishers.ofByteArray(new byte[] {'P', 'K', 3, 4});
        if (e.consumes() != null) {
            b.header("Content-Type", e.consumes());
        }
        return switch (e.method()) {
            case "GET" -> b.GET().build();
            case "DELETE" -> b.DELETE().build();
            default -> b.method(e.method(), body).build();
        };
    }

    /** Whose ids a caller's attempts use: their own organisation's or firm's (the operator's and forgers' are Acme's). */
    private static String owner(String who) {
        return who.startsWith("globex") ? "globex" : who.startsWith("northwind") ? "northwind"
                : who.startsWith("contoso") ? "contoso" : "acme";
    }

    private static String rival(String owner) {
        return Map.of("acme", "globex", "globex", "acme", "northwind", "contoso", "contoso", "northwind").get(owner);
    }

    /**
     * Each owner's ids: Acme's target assessment with Northwind's invitation and PDF (created here
     * through the API), Globex's seeded draft, Contoso's seeded invitation.
     */
    private static Map<String, Map<String, String>> targets(Map<String, String> tokens) {
        String acmeAdmin = tokens.get("acme-admin");
        Workflow.switchOn(acmeAdmin, Workflow.EVIDENCE_CRITERION);
        long assessment = Workflow.create(acmeAdmin, FIXTURE, "{\"" + Workflow.EVIDENCE_CRITERION + "\":100}");
        String invitation = String.valueOf(Workflow.invite(acmeAdmin, assessment, Workflow.NORTHWIND_FIRM, Workflow.NORTHWIND_EMAIL));
        Workflow.open(acmeAdmin, assessment);
        String evidence = String.valueOf(Workflow.uploadPdf(tokens.get("northwind-contact"), Long.parseLong(invitation)));
        String globexList = Api.get("assessments", tokens.get("globex-admin")).body();
        var globex = java.util.regex.Pattern.compile("\\{[^{}]*\"name\":\"Claims platform partner\"[^{}]*}").matcher(globexList);
        assertTrue(globex.find(), "Globex's seeded assessment: " + globexList);
        String contoso = String.valueOf(Api.id(Api.get("partner/invitations", tokens.get("contoso-contact")), "invitationId"));
        // Feedback shared with both firms, so each one's own is there to read and the other's to try.
        for (String firm : List.of(invitation, contoso)) {
            var shared = Api.json("PUT", "review/invitations/" + firm + "/feedback", acmeAdmin,
                    "{\"text\":\"Clear answers, thin evidence.\",\"withScores\":true}");
            assertEquals(200, shared.statusCode(), shared.body());
        }
        return Map.of(
                "acme", Map.of("{assessmentId}", String.valueOf(assessment), "{invitationId}", invitation,
                        "{pluginId}", Workflow.EVIDENCE_CRITERION, "{evidenceId}", evidence),
                "globex", Map.of("{assessmentId}", Api.field(globex.group(), "id"), "{pluginId}", "culture-fit"),
                "northwind", Map.of("{invitationId}", invitation, "{pluginId}", Workflow.EVIDENCE_CRITERION, "{evidenceId}", evidence),
                "contoso", Map.of("{invitationId}", contoso, "{pluginId}", "culture-fit"));
    }

    @Test
    void everyEndpointRefusesEveryoneItMustRefuse() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertFalse(endpoints.isEmpty(), "the API's endpoints were found");
        for (Endpoint e : endpoints) {
            assertTrue(API_RULES.containsKey(e.rule()), "No access rule for " + e.rule() + ": add one to AttackSuiteIT.API_RULES");
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("operator", Api.automationToken());
        for (String user : USERS.subList(1, USERS.size())) {
            tokens.put(user, Api.userToken(user));
        }
        String acmeAdmin = tokens.get("acme-admin");
        assertTrue(Tokens.payload(acmeAdmin).contains("\"acme\""), "the token names the organization: " + Tokens.payload(acmeAdmin));
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("no token", null);
        forged.put("not a token", "garbage");
        forged.put("bad signature", Tokens.badSignature(acmeAdmin));
        forged.put("forged tenant switch", Tokens.editedPayload(acmeAdmin, "\"acme\"", "\"globex\""));
        forged.put("forged role", Tokens.editedPayload(acmeAdmin, "client-admin", "operator"));
        forged.put("alg none", Tokens.unsigned(acmeAdmin));
        forged.put("foreign issuer's key", Tokens.signedByStranger(acmeAdmin));
        forged.put("expired", Tokens.expired("acme-admin"));

        Map<String, Map<String, String>> targets = targets(tokens);

        for (Endpoint e : endpoints) {
            Set<String> allowed = API_RULES.get(e.rule());
            for (var caller : tokens.entrySet()) {
                String who = caller.getKey();
                Map<String, String> own = targets.get(owner(who));
                Map<String, String> rivals = targets.get(rival(owner(who)));
                if (allowed.contains(who)) {
                    if (e.method().equals("GET") && e.filledBy(own)) {
                        check(e, who, caller.getValue(), null, own, Set.of(200));
                        // A client user naming another tenant in the header is refused.
                        String other = who.startsWith("acme") ? "globex" : who.startsWith("globex") ? "acme" : null;
                        if (other != null) {
                            check(e, who + " as " + other, caller.getValue(), other, own, Set.of(403));
                        }
                    }
                    if (e.method().equals("GET") && e.path().contains("{")) {
                        check(e, who + " with ids nobody has", caller.getValue(), null, NONEXISTENT, Set.of(404));
                    }
                    // The other tenant's or firm's ids look like ids that do not exist, for reads and writes alike.
                    if (e.ownedIds() && e.filledBy(rivals)) {
                        check(e, who + " with " + rival(owner(who)) + "'s ids", caller.getValue(), null, rivals, Set.of(404));
                    }
                } else {
                    check(e, who, caller.getValue(), null, withFallback(own, targets), Set.of(401, 403));
                }
            }
            for (var attack : forged.entrySet()) {
                check(e, attack.getKey(), attack.getValue(), null, targets.get("acme"), Set.of(401));
            }
        }
        // A token without any organization reaches no tenant's catalogue.
        check(new Endpoint("GET", "criteria"), "operator without organization", tokens.get("operator"), null, Map.of(), Set.of(403));
        assertEquals(List.of(), LEAKS, "no attempt may leak");
    }

    /** A caller's own ids, Acme's where they have none (a refused call still aims at something real). */
    private static Map<String, String> withFallback(Map<String, String> own, Map<String, Map<String, String>> targets) {
        Map<String, String> ids = new LinkedHashMap<>(targets.get("acme"));
        ids.putAll(own);
        return ids;
    }

    private static void check(Endpoint e, String who, String token, String tenantHeader, Map<String, String> ids,
                              Set<Integer> expected) {
        HttpResponse<String> response = Api.send(request(e, token, tenantHeader, ids));
        String owner = who.contains(" ") ? who.substring(0, who.indexOf(' ')) : who;
        List<String> foreign = FOREIGN.getOrDefault(owner, List.of());
        String shown = foreign.stream().filter(response.body()::contains).findFirst().orElse(null);
        attempt("API " + e.rule() + " as " + who + " -> " + response.statusCode(),
                !expected.contains(response.statusCode()) || shown != null,
                shown != null ? "response shows '" + shown + "'" : "expected " + expected);
    }

    // ---- Portal -------------------------------------------------------------------------------

    static List<String> views() throws IOException {
        Path webapp = Path.of(System.getProperty("e2e.webappDir", "../platform/web/src/main/webapp"));
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(v -> !v.startsWith("/WEB-INF/")).sorted().collect(Collectors.toList());
        }
    }

    private static Set<String> portalRule(String view) {
        return PORTAL_RULES.entrySet().stream().filter(r -> view.startsWith(r.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("No access rule for the page " + view
                        + ": add one to AttackSuiteIT.PORTAL_RULES"));
    }

    /**
     * The platform remembers a bearer token it accepted (so it need not check the signature on
     * every request), but only until the token's own expiry: then the same token is refused.
     */
    @Test
    void aTokenThatWorkedIsRefusedOnceItHasExpired() throws Exception {
        String token = Tokens.shortLived("acme-assessor", 5);
        assertEquals(200, Api.get("assessments", token).statusCode(), "the fresh token works");
        assertEquals(200, Api.get("assessments", token).statusCode(), "and works again");
        long exp = Long.parseLong(Tokens.payload(token).replaceAll(".*\"exp\":(\\d+).*", "$1"));
        Thread.sleep(Math.max(0, exp * 1000 - System.currentTimeMillis()) + 1500);
        assertEquals(401, Api.get("assessments", token).statusCode(), "the same token after its expiry");
    }

    @Test
    void everyPageRefusesOtherRolesAndForeignIds() throws Exception {
        List<String> views = views();
        assertTrue(views.contains("/client/assessment.xhtml"), "the portal's pages were found: " + views);
        views.forEach(AttackSuiteIT::portalRule);

        String acmeAssessment;
        String northwindInvitation;
        Map<String, String> sessions = new LinkedHashMap<>();
        try (Browser assessor = new Browser().login("acme-assessor")) {
            assessor.click(By.id("nav-assessments"));
            acmeAssessment = query(assessor.find(By.cssSelector("a.pf-assessment-link")).getAttribute("href"));
            sessions.put("acme-assessor", assessor.cookies());
        }
        try (Browser partner = new Browser().login("northwind-contact")) {
            partner.click(By.id("nav-invitations"));
            northwindInvitation = query(partner.find(By.cssSelector("a.pf-answer-link")).getAttribute("href"));
            sessions.put("northwind-contact", partner.cookies());
        }
        for (String user : USERS) {
            if (!sessions.containsKey(user)) {
                try (Browser browser = new Browser().login(user)) {
                    sessions.put(user, browser.cookies());
                }
            }
        }
        for (var session : sessions.entrySet()) {
            String who = session.getKey();
            for (String view : views) {
                boolean allowed = portalRule(view).contains(who);
                page(who, session.getValue(), view, allowed ? Set.of(200, 404) : Set.of(403));
            }
            boolean acmeUser = who.startsWith("acme");
            page(who, session.getValue(), "/client/assessment.xhtml?" + acmeAssessment,
                    acmeUser ? Set.of(200) : who.startsWith("globex") ? Set.of(404) : Set.of(403));
            page(who, session.getValue(), "/partner/answer.xhtml?" + northwindInvitation,
                    who.equals("northwind-contact") ? Set.of(200) : who.equals("contoso-contact") ? Set.of(404) : Set.of(403));
            // Ids that do not exist look the same as ids of others.
            page(who, session.getValue(), "/client/assessment.xhtml?id=999999999",
                    who.startsWith("acme") || who.startsWith("globex") ? Set.of(404) : Set.of(403));
            page(who, session.getValue(), "/client/assessment.xhtml?" + acmeAssessment + "&firm=999999999",
                    who.startsWith("acme") || who.startsWith("globex") ? Set.of(404) : Set.of(403));
        }
        assertEquals(List.of(), LEAKS, "no attempt may leak");

        // Refused pages are on the operator's audit trail, with who tried.
        HttpResponse<String> trail = Api.send(Api.request("audit?action=ACCESS_DENIED&actor=contoso", Api.automationToken()).GET().build());
        assertEquals(200, trail.statusCode(), trail.body());
        assertTrue(trail.body().contains("page /operator/plugins.xhtml"), "the refused page is audited: " + trail.body());
    }

    private static String query(String href) {
        return URI.create(href).getRawQuery();
    }

    private static void page(String who, String cookies, String target, Set<Integer> expected) {
        HttpResponse<String> response = Api.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + target))
                .header("Cookie", cookies).GET().build());
        String shown = FOREIGN.get(who).stream().filter(response.body()::contains).findFirst().orElse(null);
        attempt("page " + target + " as " + who + " -> " + response.statusCode(),
                !expected.contains(response.statusCode()) || shown != null,
                shown != null ? "page shows '" + shown + "'" : "expected " + expected);
    }
}
