package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Tenants and users are created through the portal in the real Keycloak: the operator creates a
 * client organisation with its first admin, who signs in with the one-time password, changes it,
 * and invites a colleague; a failure midway leaves nothing behind.
 */
class ProvisioningIT {

    private final String alias = "initech-" + UUID.randomUUID().toString().substring(0, 6);
    private final String admin = "admin@" + alias + ".test";

    @Test
    void anOperatorCreatesATenantWhoseAdminSignsInAndInvitesAColleague() {
        String oneTimePassword;
        try (Browser operator = new Browser().login("operator")) {
            operator.click(By.id("nav-tenants"));
            operator.find(By.id("tenant:name")).sendKeys("Initech " + alias);
            operator.find(By.id("tenant:alias")).sendKeys(alias);
            operator.find(By.id("tenant:email")).sendKeys(admin);
            operator.find(By.id("tenant:first")).sendKeys("Ines");
            operator.find(By.id("tenant:last")).sendKeys("Admin");
            operator.clickAndLoad(By.id("tenant:create"));
            oneTimePassword = operator.find(By.id("one-time-password")).getText();
            assertEquals(16, oneTimePassword.length(), operator.pageText());
            assertTrue(operator.all(By.cssSelector(".pf-tenant-alias")).stream().anyMatch(e -> e.getText().equals(alias)));

            // An admin email that already has an account: refused, and no organization is left behind.
            operator.find(By.id("tenant:name")).sendKeys("Dupe " + alias);
            operator.find(By.id("tenant:alias")).sendKeys(alias + "-dupe");
            operator.find(By.id("tenant:email")).sendKeys("admin@acme.test");
            operator.find(By.id("tenant:first")).sendKeys("D");
            operator.find(By.id("tenant:last")).sendKeys("Upe");
            operator.clickAndLoad(By.id("tenant:create"));
            assertTrue(operator.pageText().contains("admin@acme.test already has an account; nothing was created."), operator.pageText());
            assertFalse(organizationExists(alias + "-dupe"));
        }

        try (Browser newAdmin = new Browser().loginFirstTime(admin, oneTimePassword, "Initech-" + UUID.randomUUID())) {
            assertEquals(alias, newAdmin.find(By.id("header:tenant")).getText().replace("·", "").trim());
            newAdmin.click(By.id("nav-assessments"));
            assertTrue(newAdmin.pageText().contains("No assessments yet."), newAdmin.pageText());

            newAdmin.click(By.id("nav-users"));
            String colleague = "assessor@" + alias + ".test";
            newAdmin.find(By.id("invite:email")).sendKeys(colleague);
            newAdmin.find(By.id("invite:first")).sendKeys("Ada");
            newAdmin.find(By.id("invite:last")).sendKeys("Assessor");
            newAdmin.clickAndLoad(By.id("invite:create"));
            assertEquals(16, newAdmin.find(By.id("one-time-password")).getText().length(), newAdmin.pageText());
            By state = By.cssSelector(".pf-member-state[data-member='" + colleague + "']");
            assertEquals("Active", newAdmin.find(state).getText());
            // Enter in the invitation's fields creates the account; it used to press the first
            // member's Disable, the first button of the one form the page had.
            String second = "evaluator@" + alias + ".test";
            newAdmin.find(By.id("invite:email")).sendKeys(second);
            newAdmin.find(By.id("invite:first")).sendKeys("Eve");
            newAdmin.find(By.id("invite:last")).sendKeys("Evaluator", org.openqa.selenium.Keys.ENTER);
            newAdmin.wait(d -> !newAdmin.all(By.cssSelector(".pf-member-state[data-member='" + second + "']")).isEmpty());
            assertEquals("Active", newAdmin.find(state).getText(), "the colleague is still active");
            assertEquals(16, newAdmin.find(By.id("one-time-password")).getText().length(), newAdmin.pageText());
            // A name Keycloak would refuse is refused here, naming the field and the characters.
            newAdmin.find(By.id("invite:email")).sendKeys("hr@" + alias + ".test");
            newAdmin.find(By.id("invite:first")).sendKeys("Anne");
            newAdmin.find(By.id("invite:last")).sendKeys("Smith (HR)");
            newAdmin.clickAndLoad(By.id("invite:create"));
            assertTrue(newAdmin.pageText().contains("The last name may not contain any of these characters: <>&"), newAdmin.pageText());
            assertEquals("Smith (HR)", newAdmin.find(By.id("invite:last")).getAttribute("value"), "what was typed stays");
            // Each member's effective realm roles, read from Keycloak per member: a role given
            // through a group counts too.
            By roles = By.cssSelector(".pf-member-roles[data-member='" + colleague + "']");
            assertEquals("assessor", newAdmin.find(roles).getAttribute("data-roles"));
            assertEquals("Assessor", newAdmin.find(roles).getText(), "shown in the page's language");
            assertEquals("client-admin", newAdmin.find(By.cssSelector(".pf-member-roles[data-member='" + admin + "']")).getAttribute("data-roles"));
            joinGroupWithRole(colleague, "evaluators-" + alias, "client-evaluator");
            newAdmin.open("/client/admin/users.xhtml");
            assertEquals("assessor, client-evaluator", newAdmin.find(roles).getAttribute("data-roles"));
            assertEquals("Assessor, Evaluator (read only)", newAdmin.find(roles).getText());
            newAdmin.clickAndLoad(By.cssSelector(".pf-member-toggle[data-member='" + colleague + "']"));
            assertEquals("Disabled", newAdmin.find(state).getText());
            newAdmin.screenshot("client-admin-people");

            // Many members: a page of 25 at a time, the rest a page further, and a search that Keycloak answers.
            addMembers(alias, 30);
            newAdmin.open("/client/admin/users.xhtml");
            By rows = By.cssSelector(".pf-member");
            assertEquals(25, newAdmin.all(rows).size(), newAdmin.pageText());
            newAdmin.click(By.cssSelector(".ui-paginator-next"));
            newAdmin.wait(d -> newAdmin.ajaxIdle() && newAdmin.all(rows).size() == 33 - 25);
            newAdmin.find(By.id("users:members:globalFilter")).sendKeys("bulk-07");
            // A search per keystroke: wait for the last answer before reading the rows.
            newAdmin.wait(d -> newAdmin.ajaxIdle() && newAdmin.all(rows).size() == 1);
            assertEquals("bulk-07@" + alias + ".test", newAdmin.find(rows).getText());
            assertEquals("assessor", newAdmin.find(By.cssSelector(".pf-member-roles[data-member='bulk-07@" + alias + ".test']")).getAttribute("data-roles"));
        }
    }

    /** The seeded shared assessor belongs to Acme and Globex: Acme's admin cannot lock them out of Globex. */
    @Test
    void aClientAdminCannotSwitchOffAMemberOfOtherOrganisationsToo() {
        try (Browser acme = new Browser().login("acme-admin")) {
            acme.open("/client/admin/users.xhtml");
            acme.find(By.id("users:members:globalFilter")).sendKeys("shared-assessor");
            By toggle = By.cssSelector(".pf-member-toggle[data-member='shared.assessor@partnerfit.test']");
            acme.wait(d -> acme.ajaxIdle() && acme.all(toggle).size() == 1);
            acme.clickAndLoad(toggle);
            assertTrue(acme.pageText().contains("shared-assessor belongs to other organisations too, so only an operator can switch "
                    + "their account off."), acme.pageText());
        }
        assertFalse(Api.userToken("shared-assessor").isBlank(), "the shared assessor still signs in");
    }

    /** Through Keycloak's admin API: assessors bulk-01 … bulk-NN in the organization with this alias. */
    private static void addMembers(String alias, int count) {
        String token = Tokens.adminToken();
        String organization = Api.field(admin("GET", "organizations?search=Initech%20" + alias + "&exact=true", token, null).body(), "id");
        String role = Tokens.realmRole(token, "assessor");
        for (int i = 1; i <= count; i++) {
            String user = Tokens.createUser(token, String.format("bulk-%02d@%s.test", i, alias), role, false);
            var joined = admin("POST", "organizations/" + organization + "/members", token, "\"" + user + "\"");
            assertEquals(201, joined.statusCode(), joined.body());
        }
    }

    /** Through Keycloak's admin API: a new group holding the realm role, with the user as its member. */
    private static void joinGroupWithRole(String email, String groupName, String role) {
        String token = Tokens.adminToken();
        var created = admin("POST", "groups", token, "{\"name\":\"" + groupName + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String group = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        var mapped = admin("POST", "groups/" + group + "/role-mappings/realm", token, "[" + Tokens.realmRole(token, role) + "]");
        assertEquals(204, mapped.statusCode(), mapped.body());
        String user = Api.field(admin("GET", "users?exact=true&email=" + email, token, null).body(), "id");
        var joined = admin("PUT", "users/" + user + "/groups/" + group, token, null);
        assertEquals(204, joined.statusCode(), joined.body());
    }

    private static boolean organizationExists(String alias) {
        var response = admin("GET", "organizations?first=0&max=10000", Tokens.adminToken(), null);
        assertEquals(200, response.statusCode(), response.body());
        return response.body().contains("\"alias\":\"" + alias + "\"");
    }

    /** A call to the partnerfit realm's admin API, at a path below the realm. */
    private static HttpResponse<String> admin(String method, String path, String token, String json) {
        return Tokens.adminCall(method, Tokens.ADMIN_REALM + path, token, json);
    }
}
