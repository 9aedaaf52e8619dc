package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A partner contact invited many times: the dashboard shows 20 invitations a page, those open for
 * answers first and the newest first among them, and a wrong page number gets words, not an error;
 * the API lists them all in the same order, or a page of them.
 */
class PartnerDashboardIT {

    private final String run = Long.toString(System.nanoTime() % 1_000_000);
    private final String contact = "pager-" + run + "@fabrikam.test";

    @Test
    void aContactInvitedTwentyTwoTimesPagesThroughOpenInvitationsFirst() {
        createPartnerAccount(contact);
        String admin = Api.userToken("acme-admin");
        Workflow.switchOn(admin, "culture-fit");
        // Oldest first: a draft the contact is invited to, then 21 assessments open for answers.
        Workflow.invite(admin, Workflow.create(admin, "Draft " + run, "{\"culture-fit\":100}"), "Fabrikam", contact);
        long oldestOpen = 0;
        for (int i = 1; i <= 21; i++) {
            long assessment = Workflow.create(admin, String.format("Open %02d %s", i, run), "{\"culture-fit\":100}");
            long invitation = Workflow.invite(admin, assessment, "Fabrikam", contact);
            Workflow.open(admin, assessment);
            oldestOpen = i == 1 ? invitation : oldestOpen;
        }
        // The oldest open invitation, which ends up on the second page, has its answers ready.
        assertEquals(204, Api.json("PUT", "partner/invitations/" + oldestOpen + "/criteria/culture-fit/answers", Api.userToken(contact),
                "{\"values\":{\"communication\":[\"3\"],\"recognition\":[\"3\"],\"meetings\":[\"3\"],\"incidents\":[\"1\"],"
                        + "\"product\":[\"2\"]}}").statusCode());

        // The API: all of them, or a page with the total in a header; a wrong page or size is a 400 that says why.
        String token = Api.userToken(contact);
        assertEquals(22, count(Api.get("partner/invitations", token).body(), "\"invitationId\""));
        var second = Api.get("partner/invitations?page=2&size=20", token);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(List.of("22", "2"), List.of(second.headers().firstValue("X-Total-Count").orElse(""),
                second.headers().firstValue("X-Page").orElse("")));
        assertTrue(second.body().indexOf("Open 01 " + run) < second.body().indexOf("Draft " + run), second.body());
        assertEquals(2, count(second.body(), "\"invitationId\""));
        assertEquals("2", Api.get("partner/invitations?page=9&size=20", token).headers().firstValue("X-Page").orElse(""));
        for (String wrong : List.of("page=two", "page=0", "size=0", "size=101", "size=")) {
            var refused = Api.get("partner/invitations?" + wrong, token);
            assertEquals(400, refused.statusCode(), wrong + ": " + refused.body());
            assertTrue(refused.body().contains("must be a whole number from 1 to"), refused.body());
        }

        try (Browser partner = new Browser().login(contact)) {
            partner.click(By.id("nav-invitations"));
            assertEquals("Invitations 1–20 / 22", partner.find(By.id("shown")).getText());
            List<String> shown = names(partner);
            assertEquals(20, shown.size());
            assertEquals("Open 21 " + run, shown.get(0), "the newest open invitation comes first");
            assertEquals("Open 02 " + run, shown.get(19));

            partner.clickAndLoad(By.id("next-page"));
            assertEquals(List.of("Open 01 " + run, "Draft " + run), names(partner), "then the rest; the draft is not open");
            assertEquals("Invitations 21–22 / 22", partner.find(By.id("shown")).getText());
            assertTrue(partner.all(By.id("next-page")).isEmpty());
            // Submit all on the second page submits that page's invitation, and the page stays.
            String oldest = ".pf-invitation[data-assessment='Open 01 " + run + "'] ";
            partner.clickAndLoad(By.cssSelector(oldest + ".pf-submit-all-button"));
            assertTrue(partner.pageText().contains("1 criteria submitted."), partner.pageText());
            assertEquals("Submitted", partner.find(By.cssSelector(oldest + ".pf-status")).getText());
            assertEquals(List.of("Open 01 " + run, "Draft " + run), names(partner));

            partner.open("/partner/invitations.xhtml?page=99");
            assertEquals(List.of("Open 01 " + run, "Draft " + run), names(partner), "past the end is the last page");
            partner.open("/partner/invitations.xhtml?page=two");
            assertTrue(partner.pageText().contains("The page number must be a whole number; the first page is shown."), partner.pageText());
            assertEquals("Open 21 " + run, names(partner).get(0));
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static List<String> names(Browser partner) {
        return partner.all(By.cssSelector(".pf-invitation")).stream().map(e -> e.getAttribute("data-assessment")).toList();
    }

    /** A partner contact in Keycloak with the tests' password, as an invitation through the portal would make one. */
    private static void createPartnerAccount(String email) {
        String admin = Tokens.adminToken();
        Tokens.createUser(admin, email, Tokens.realmRole(admin, "partner"), true);
    }
}
