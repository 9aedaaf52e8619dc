package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A client admin who invites a firm's contact without an account gives the account out and sees
 * its one-time password, so they could sign in before its owner. Until the owner has the address
 * verified, the account stands for that client only: another client's invitations to the same
 * address stay hidden from it, in the portal and the API. Found by a read of the tenant walls:
 * Acme's admin could read Globex's invitations to a firm whose account Acme had made.
 */
class PartnerAccountIT {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "sales-" + suffix + "@squatted.test";
    private final String acmeSearch = "Acme search " + suffix;
    private final String globexSearch = "Globex search " + suffix;

    @Test
    void anAccountAClientGaveOutSeesOnlyThatClientsInvitationsUntilItsAddressIsVerified() {
        String acme = Api.userToken("acme-admin");
        String globex = Api.userToken("globex-admin");
        Workflow.switchOn(acme, "culture-fit");
        Workflow.switchOn(globex, "culture-fit");
        long acmeAssessment = Workflow.create(acme, acmeSearch, "{\"culture-fit\":100}");
        long globexAssessment = Workflow.create(globex, globexSearch, "{\"culture-fit\":100}");

        String oneTimePassword = invite("acme-admin", acmeAssessment).group(1);
        String globexNotice = invite("globex-admin", globexAssessment).group(0);
        assertTrue(globexNotice.contains("your organisation did not give out their account"), globexNotice);
        Workflow.open(acme, acmeAssessment);
        Workflow.open(globex, globexAssessment);
        long globexInvitation = Long.parseLong(field(Api.get("assessments/" + globexAssessment, globex).body(), "invitationId"));

        // Whoever holds the one-time password, Acme's admin or the firm, sees Acme's invitation only.
        String password = "Squat-" + UUID.randomUUID();
        try (Browser holder = new Browser().loginFirstTime(email, oneTimePassword, password)) {
            assertEquals(List.of(acmeSearch), invitationsShown(holder));
            assertEquals(404, Api.getWithCookies(Browser.BASE_URL + "/partner/answer.xhtml?invitation=" + globexInvitation
                    + "&criterion=culture-fit", holder.cookies()).statusCode());
        }
        String holderToken = token(password);
        HttpResponse<String> listedToHolder = Api.get("partner/invitations", holderToken);
        assertEquals(200, listedToHolder.statusCode(), listedToHolder.body());
        String listed = listedToHolder.body();
        assertTrue(listed.contains(acmeSearch) && !listed.contains(globexSearch), listed);
        HttpResponse<String> hidden = Api.get("partner/invitations/" + globexInvitation, holderToken);
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertEquals(404, Api.json("PUT", "partner/invitations/" + globexInvitation + "/criteria/culture-fit/answers", holderToken,
                "{\"values\":{\"communication\":[\"5\"]}}").statusCode(), "nor may it answer for the firm there");

        // An operator who has checked the address with the firm verifies it: every invitation opens.
        verifyAddress();
        String verified = Api.get("partner/invitations", token(password)).body();
        assertTrue(verified.contains(acmeSearch) && verified.contains(globexSearch), verified);
        try (Browser owner = new Browser().login(email, password)) {
            assertEquals(List.of(acmeSearch, globexSearch), invitationsShown(owner).stream().sorted().toList());
        }
    }

    /**
     * The account Acme gave out is deleted in Keycloak, and a new account claims the address,
     * unverified (as an address typed into the account console would be): it is not the account
     * Acme gave out, so Acme's invitation stays closed to it.
     */
    @Test
    void anotherAccountOfTheSameAddressIsNotTakenForTheOneGivenOut() {
        String acme = Api.userToken("acme-admin");
        Workflow.switchOn(acme, "culture-fit");
        long acmeAssessment = Workflow.create(acme, acmeSearch, "{\"culture-fit\":100}");
        invite("acme-admin", acmeAssessment);
        Workflow.open(acme, acmeAssessment);

        String admin = Tokens.adminToken();
        assertEquals(204, Tokens.adminCall("DELETE", Tokens.ADMIN_REALM + "users/" + userId(admin), admin, null).statusCode());
        Tokens.createUser(admin, email, Tokens.realmRole(admin, "partner"), true, false);

        HttpResponse<String> listed = Api.get("partner/invitations", Api.userToken(email));
        assertEquals(200, listed.statusCode(), listed.body());
        assertFalse(listed.body().contains(acmeSearch), listed.body());
    }

    /** Invites the contact through the draft's page as that admin; the page's message, with the one-time password if one was made. */
    private Matcher invite(String admin, long assessment) {
        try (Browser browser = new Browser().login(admin)) {
            browser.open("/client/assessment.xhtml?id=" + assessment);
            browser.find(By.id("setup:firm")).sendKeys("Squatted Sales " + suffix);
            browser.find(By.id("setup:email")).sendKeys(email);
            browser.find(By.id("setup:first")).sendKeys("Sam");
            browser.find(By.id("setup:last")).sendKeys("Sales");
            browser.clickAndLoad(By.id("setup:invite"));
            String text = browser.pageText();
            Matcher m = Pattern.compile("Invited [^\\n]*?(?:" + Pattern.quote(email) + ": (\\S{16})|$)", Pattern.MULTILINE).matcher(text);
            assertTrue(m.find(), text);
            return m;
        }
    }

    /** The names of this test's assessments on the partner's invitations page. */
    private List<String> invitationsShown(Browser browser) {
        browser.open("/partner/invitations.xhtml");
        browser.find(By.id("header:who"));
        return browser.all(By.cssSelector(".pf-invitation")).stream().map(e -> e.getAttribute("data-assessment"))
                .filter(name -> name.endsWith(suffix)).toList();
    }

    private String token(String password) {
        return Api.token("grant_type=password&client_id=partnerfit-cli&scope=openid%20organization%3A*&username="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private String userId(String admin) {
        return field(Tokens.adminCall("GET", Tokens.ADMIN_REALM + "users?exact=true&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8), admin, null).body(), "id");
    }

    private void verifyAddress() {
        String admin = Tokens.adminToken();
        String user = userId(admin);
        HttpResponse<String> updated = Tokens.adminCall("PUT", Tokens.ADMIN_REALM + "users/" + user, admin, "{\"emailVerified\":true}");
        assertEquals(204, updated.statusCode(), updated.body());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }
}
