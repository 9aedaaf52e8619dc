package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Sign-in uses PKCE and returns to the page asked for; signing out ends the identity provider's
 * session too; a member of two organisations works in one at a time.
 */
class SessionIT {

    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signInCarriesAPkceChallengeTheProviderInsistsOn() throws Exception {
        HttpResponse<Void> portal = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/client/assessments.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, portal.statusCode());
        String toProvider = portal.headers().firstValue("Location").orElse("");
        assertTrue(toProvider.startsWith(Api.KEYCLOAK + "/realms/partnerfit/protocol/openid-connect/auth?"), toProvider);
        assertTrue(toProvider.matches(".*[?&]code_challenge=[A-Za-z0-9_-]{43}(&.*|$)") && toProvider.contains("code_challenge_method=S256")
                && toProvider.contains("&state=") && toProvider.contains("&nonce="), toProvider);

        // The same request without a challenge, as a client without PKCE would send it: the realm refuses it.
        String withoutPkce = toProvider.replaceAll("&code_challenge(_method)?=[^&]*", "");
        HttpResponse<Void> refused = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(withoutPkce)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String answer = refused.headers().firstValue("Location").orElse("");
        assertTrue(answer.contains("error=invalid_request") && answer.contains("code_challenge"), refused.statusCode() + " " + answer);
    }

    /**
     * A visitor who is not signed in is sent to the provider without a session being made for
     * them: a flood of such requests once made one each and filled the heap within a minute.
     * The sign-in is tied to the browser by a cookie instead: the provider's real answer, with a
     * real code, counts only in the browser that started the sign-in.
     */
    @Test
    void aVisitorWhoIsNotSignedInCostsNoSessionAndTheirSignInCountsOnlyInTheirBrowser() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new LocalCookies()).build();
        HttpResponse<String> portal = browser.send(get(Browser.BASE_URL + "/client/assessments.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, portal.statusCode());
        List<String> cookies = portal.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID=")), cookies.toString());
        String state = state(location(portal));
        String browserCookie = cookies.stream().filter(c -> c.startsWith("partnerfit_signin_" + state + "=")).findFirst().orElse("");
        assertTrue(browserCookie.contains("HttpOnly") && browserCookie.contains("SameSite=Lax"), cookies.toString());

        String callback = signInAtProvider(browser, location(portal), "acme-assessor");
        assertEquals(state, state(callback), callback);
        assertTrue(callback.contains("code="), callback);
        HttpResponse<String> elsewhere = NO_REDIRECTS.send(get(callback), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, elsewhere.statusCode(), "the provider's answer, caught and sent from another browser");
        assertTrue(elsewhere.body().contains("Sign-in did not complete"), elsewhere.body());

        HttpResponse<String> back = browser.send(get(callback), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, back.statusCode(), "the browser that asked is signed in: " + back.body());
        HttpResponse<String> page = browser.send(get(Browser.BASE_URL + "/client/assessments.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());

        HttpResponse<String> replayed = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(callback))
                .header("Cookie", browserCookie.split(";", 2)[0]).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, replayed.statusCode(), "the answer and its cookie, caught and sent again: the code was used");
    }

    /** A sign-in's return address is a page of the portal: {@code //host/...} would leave it. */
    @Test
    void aSignInNeverSendsTheBrowserToAnotherHost() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new LocalCookies()).build();
        HttpResponse<Void> portal = browser.send(get(Browser.BASE_URL + "//evil.example/client/assessments.xhtml"),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, portal.statusCode());
        HttpResponse<String> back = browser.send(get(signInAtProvider(browser, location(portal), "acme-assessor")),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, back.statusCode(), back.body());
        URI to = URI.create(Browser.BASE_URL + "/").resolve(location(back));
        assertEquals(URI.create(Browser.BASE_URL).getAuthority(), to.getAuthority(), location(back));
        assertEquals("/", to.getPath(), location(back));
    }

    /**
     * Each tab's sign-in is kept apart, so a later one does not undo an earlier one; a browser
     * keeps at most eight at once (a window of tabs restored together), the oldest giving way.
     * Once one tab is signed in, the provider's answers to the others bring each to its own page.
     */
    @Test
    void tabsSigningInAtOnceDoNotUndoEachOther() throws Exception {
        LocalCookies jar = new LocalCookies();
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(jar).build();
        String[] toProvider = new String[9];
        for (int tab = 0; tab < toProvider.length; tab++) {
            String query = "?tab=" + tab + (tab == 8 ? "&long=" + "x".repeat(2000) : ""); // an address longer than a page's
            toProvider[tab] = location(browser.send(get(Browser.BASE_URL + "/client/assessments.xhtml" + query),
                    HttpResponse.BodyHandlers.discarding()));
            Thread.sleep(5); // each a moment later than the one before: the oldest is the first
        }
        long loginsBefore = logins("acme-assessor");
        List<String> kept = jar.names(URI.create(Browser.BASE_URL)).stream().filter(n -> n.startsWith("partnerfit_signin_")).toList();
        assertEquals(8, kept.size(), kept.toString());
        assertFalse(kept.contains("partnerfit_signin_" + state(toProvider[0])), "the oldest gave way");
        assertTrue(jar.values(URI.create(Browser.BASE_URL)).stream().allMatch(v -> v.length() < 500),
                "a browser's eight sign-ins fit in a request's headers, whatever the addresses");

        HttpResponse<String> back = browser.send(get(signInAtProvider(browser, toProvider[1], "acme-assessor")),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, back.statusCode(), "a sign-in started before eight others still completes: " + back.body());
        assertTrue(location(back).endsWith("/client/assessments.xhtml?tab=1"), location(back));

        HttpResponse<String> another = browser.send(get(signInAtProvider(browser, toProvider[2], "acme-assessor")),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, another.statusCode(), another.body());
        assertTrue(location(another).endsWith("/client/assessments.xhtml?tab=2"), "its own page, not the start page: " + location(another));
        assertEquals(6, jar.names(URI.create(Browser.BASE_URL)).stream().filter(n -> n.startsWith("partnerfit_signin_")).count(),
                "each answer takes its own sign-in; the others wait for theirs or their ten minutes");
        assertEquals(loginsBefore + 1, logins("acme-assessor"), "one sign-in, however many tabs the provider sends back");
    }

    private static long logins(String user) {
        HttpResponse<String> trail = Api.send(Api.request("audit?action=LOGIN&actor=" + user + "&page=1&size=1",
                Api.automationToken()).GET().build());
        assertEquals(200, trail.statusCode(), trail.body());
        return Long.parseLong(trail.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static String state(String url) {
        Matcher state = Pattern.compile("[?&]state=([A-Za-z0-9_-]{32})(&|$)").matcher(url);
        assertTrue(state.find(), "a state of the portal's: " + url);
        return state.group(1);
    }

    /** Answers the provider's username and password forms; returns where it sends the browser back. */
    private static String signInAtProvider(HttpClient browser, String loginPage, String user) throws Exception {
        HttpResponse<String> r = browser.send(get(loginPage), HttpResponse.BodyHandlers.ofString());
        for (int step = 0; step < 8; step++) {
            if (r.statusCode() / 100 == 3) {
                String next = location(r);
                if (next.startsWith(Browser.BASE_URL + "/Callback")) {
                    return next;
                }
                r = browser.send(get(next), HttpResponse.BodyHandlers.ofString());
                continue;
            }
            Matcher action = Pattern.compile("action=\"([^\"]*login-actions[^\"]*)\"").matcher(r.body());
            assertTrue(action.find(), "a login form at the provider: " + r.body());
            String form = "username=" + user + (r.body().contains("name=\"password\"") ? "&password=partnerfit" : "");
            r = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
        throw new AssertionError("the provider did not send the browser back: " + r.statusCode() + " " + r.body());
    }

    /**
     * Cookies kept per host and port and sent back whole, Secure ones too, as Chromium does for
     * localhost: Keycloak marks its cookies Secure even over plain HTTP, and Java's own cookie
     * manager would not send those back there.
     */
    private static final class LocalCookies extends CookieHandler {

        private final Map<String, Map<String, String>> jars = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> jar = jars.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
            return jar.isEmpty() ? Map.of() : Map.of("Cookie", List.of(jar.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))));
        }

        Set<String> names(URI uri) {
            return jars.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of()).keySet();
        }

        Collection<String> values(URI uri) {
            return jars.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of()).values();
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            Map<String, String> jar = jars.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), k -> new ConcurrentHashMap<>());
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String cookie : values) {
                        String pair = cookie.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0 && cookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                            jar.remove(pair.substring(0, eq).strip());
                        } else if (eq > 0) {
                            jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                        }
                    }
                }
            });
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + response.statusCode()));
    }

    @Test
    void aFormFromAPageTheSessionNoLongerKeepsShowsThePageAfreshAndAppliesNothing() {
        try (Browser admin = new Browser().login("acme-admin")) {
            admin.open("/client/admin/criteria.xhtml");
            By state = By.cssSelector(".pf-criterion-state[data-criterion='culture-fit']");
            String before = admin.find(state).getText();
            // As after many pages in other tabs: the session keeps no state under this page's id.
            admin.script("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = 'long-gone');");
            admin.clickAndLoad(By.cssSelector(".pf-toggle[data-criterion='culture-fit']"));
            assertTrue(admin.pageText().contains("open too long to take your last step"), admin.pageText());
            assertTrue(admin.currentUrl().endsWith("/client/admin/criteria.xhtml"), admin.currentUrl());
            assertEquals(before, admin.find(state).getText(), "nothing applied");

            // After a form that stays on its page (a refused invite), the address still names the
            // assessment, so the page loaded afresh is that assessment's, not a 404.
            long draft = Workflow.create(Api.userToken("acme-admin"), "Expired page " + System.nanoTime(), "{\"culture-fit\":100}");
            admin.open("/client/assessment.xhtml?id=" + draft);
            admin.clickAndLoad(By.id("setup:invite"));
            assertTrue(admin.pageText().contains("The partner firm's name is required."), admin.pageText());
            admin.script("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = 'long-gone');");
            admin.clickAndLoad(By.id("setup:open"));
            assertTrue(admin.pageText().contains("open too long to take your last step"), admin.pageText());
            assertTrue(admin.currentUrl().contains("/client/assessment.xhtml?id=" + draft), admin.currentUrl());
            assertTrue(admin.find(By.id("status")).getAttribute("class").contains("pf-status-DRAFT"), "not opened");
        }
    }

    @Test
    void autosaveOnAPageTheSessionNoLongerKeepsStopsAndSaysSo() {
        String admin = Api.userToken("acme-admin");
        long assessment = Workflow.create(admin, "Stale autosave " + System.nanoTime(), "{\"culture-fit\":100}");
        long invitation = Workflow.invite(admin, assessment, Workflow.NORTHWIND_FIRM, Workflow.NORTHWIND_EMAIL);
        Workflow.open(admin, assessment);
        try (Browser partner = new Browser().login("northwind-contact")) {
            partner.open("/partner/answer.xhtml?invitation=" + invitation + "&criterion=culture-fit");
            assertFalse(partner.find(By.cssSelector(".pf-autosave-stale")).isDisplayed());
            partner.script("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = 'long-gone');");
            // The next autosave, within 15 s, finds no page to save into: no reload, a notice instead.
            partner.wait(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pf-autosave-stale")));
            assertTrue(partner.currentUrl().contains("invitation=" + invitation), "the page stayed: " + partner.currentUrl());
        }
    }

    @Test
    void aForgedOrReplayedCallbackSignsNobodyIn() throws Exception {
        HttpResponse<String> forged = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL
                + "/Callback?state=" + URLEncoder.encode("made-up", StandardCharsets.UTF_8) + "&code=stolen")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("Sign-in did not complete"), forged.body());

        String state = "A".repeat(32);
        HttpResponse<String> sealedByNobody = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL
                + "/Callback?state=" + state + "&code=stolen"))
                .header("Cookie", "partnerfit_signin_" + state + "=4102444800000.Lw." + "A".repeat(43)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, sealedByNobody.statusCode(), "a cookie of the right form that this server did not seal");
    }

    /**
     * The portal renews its tokens when the access token's lifetime is over; for this test the
     * portal client's tokens live 10 seconds instead of five minutes.
     */
    @Test
    void aSessionEndedAtTheProviderEndsInThePortalAtTheNextRenewal() throws Exception {
        String admin = Api.token("grant_type=password&client_id=admin-cli&username=admin&password=admin",
                Api.KEYCLOAK + "/realms/master/protocol/openid-connect/token");
        String realm = Api.KEYCLOAK + "/admin/realms/partnerfit/";
        String client = Api.field(Tokens.adminCall("GET", realm + "clients?clientId=partnerfit-portal", admin, null).body(), "id");
        String user = Api.field(Tokens.adminCall("GET", realm + "users?exact=true&username=globex-assessor", admin, null).body(), "id");
        assertEquals(204, Tokens.adminCall("PUT", realm + "clients/" + client, admin, "{\"attributes\":{\"access.token.lifespan\":\"10\"}}").statusCode());
        try (Browser browser = new Browser().login("globex-assessor")) {
            Thread.sleep(12_000);
            browser.open("/client/assessments.xhtml");
            assertTrue(browser.find(By.id("header:who")).getText().contains("globex-assessor"), "renewed, still signed in");

            assertEquals(204, Tokens.adminCall("POST", realm + "users/" + user + "/logout", admin, null).statusCode());
            Thread.sleep(12_000);
            browser.open("/client/assessments.xhtml");
            browser.find(By.id("username"));
            assertTrue(browser.currentUrl().startsWith(Api.KEYCLOAK), "sent to sign in again: " + browser.currentUrl());
        } finally {
            Tokens.adminCall("PUT", realm + "clients/" + client, admin, "{\"attributes\":{\"access.token.lifespan\":\"\"}}");
        }
    }

    @Test
    void signInReturnsToThePageAskedFor() {
        try (Browser user = new Browser()) {
            user.open("/client/queue.xhtml");
            user.signInHere("acme-assessor");
            user.find(By.id("header:who"));
            assertTrue(user.currentUrl().endsWith("/client/queue.xhtml"), user.currentUrl());
        }
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        try (Browser user = new Browser().login("acme-assessor")) {
            user.clickAndLoad(By.id("header:logout"));
            user.open("/");
            // Without the single sign-on session, the portal sends the browser to the login form again.
            user.find(By.id("username"));
            assertTrue(user.currentUrl().contains("/realms/partnerfit/"), user.currentUrl());
        }
    }

    @Test
    void aMemberOfTwoOrganisationsPicksOneAndSeesOnlyIt() {
        try (Browser shared = new Browser().login("shared-assessor")) {
            assertTrue(shared.pageText().contains("Pick the one to work in"), shared.pageText());
            // A client page before any pick would show nothing of either: the start page asks first.
            shared.open("/client/assessments.xhtml");
            shared.find(By.cssSelector(".pf-tenant-choice[data-tenant='globex']"));
            assertTrue(shared.pageText().contains("pick the one to work in, then open the page again"), shared.pageText());
            shared.clickAndLoad(By.cssSelector(".pf-tenant-choice[data-tenant='globex']"));
            assertEquals("· globex", shared.find(By.id("header:tenant")).getText().trim());
            String globex = shared.pageText();
            assertTrue(globex.contains("Claims platform partner"), globex);
            assertFalse(globex.contains("Core banking modernisation partner"), globex);

            shared.open("/");
            shared.clickAndLoad(By.cssSelector(".pf-tenant-choice[data-tenant='acme']"));
            String acme = shared.pageText();
            assertTrue(acme.contains("Core banking modernisation partner"), acme);
            assertFalse(acme.contains("Claims platform partner"), acme);

            // Globex's results page, then Acme picked again in another tab: the page's next step
            // loads it afresh, which Acme's member may not see (404), instead of failing half-way.
            shared.open("/");
            shared.clickAndLoad(By.cssSelector(".pf-tenant-choice[data-tenant='globex']"));
            shared.clickAndLoad(By.partialLinkText("Claims platform partner"));
            String results = shared.currentUrl();
            shared.inAnotherTab(() -> {
                shared.open("/");
                shared.clickAndLoad(By.cssSelector(".pf-tenant-choice[data-tenant='acme']"));
            });
            shared.click(By.id("header:lang-zh"));
            shared.wait(d -> d.findElements(By.id("error-title")).size() == 1);
            assertEquals("Not found", shared.find(By.id("error-title")).getText(), shared.pageText());
            assertEquals(results, shared.currentUrl());

            // A page without an id drawn for Globex, Acme picked in another tab: the page's next
            // request (a filter of the review queue) is not applied to Acme; the page comes back
            // for Acme, saying why.
            shared.open("/");
            shared.clickAndLoad(By.cssSelector(".pf-tenant-choice[data-tenant='globex']"));
            shared.open("/client/queue.xhtml");
            shared.inAnotherTab(() -> {
                shared.open("/");
                shared.clickAndLoad(By.cssSelector(".pf-tenant-choice[data-tenant='acme']"));
            });
            shared.find(By.cssSelector(".pf-queue input.ui-column-filter")).sendKeys("Claims");
            shared.wait(d -> shared.pageText().contains("This page was for the organisation globex"));
            assertEquals("· acme", shared.find(By.id("header:tenant")).getText().trim());
        }
    }
}
