package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The identity provider goes away and comes back (its process paused with SIGSTOP, then resumed):
 * a signed-in user keeps working; the People page, which reads Keycloak, says it does not answer;
 * a new visitor gets PartnerFit's own "sign-in unavailable" page instead of a browser error, and
 * is sent to sign in as soon as the provider answers again.
 */
class KeycloakOutageIT {

    @Test
    void anOutageShowsAClearPageAndSignInRecoversWhenTheProviderIsBack() throws Exception {
        long keycloak = Long.parseLong(Files.readString(Path.of(System.getProperty("e2e.keycloakPidFile"))).trim());
        try (Browser signedIn = new Browser().login("acme-assessor"); Browser admin = new Browser().login("acme-admin");
             Browser visitor = new Browser()) {
            signal(keycloak, "STOP");
            try {
                // The portal remembers the provider's answer for 5 s (IdentityProviderProbe): let that lapse.
                Thread.sleep(6000);
                signedIn.click(By.id("nav-assessments"));
                assertTrue(signedIn.pageText().contains("Core banking modernisation partner"),
                        "a signed-in session needs no provider: " + signedIn.pageText());

                // The People page reads Keycloak: it says so within its few seconds of patience, not never.
                admin.open("/client/admin/users.xhtml");
                assertTrue(admin.find(By.cssSelector(".ui-datatable-empty-message")).getText()
                        .startsWith("Keycloak, which holds the accounts, does not answer just now"), admin.pageText());
                // Inviting someone meanwhile says the same, instead of the error page.
                admin.find(By.id("invite:email")).sendKeys("late.joiner@acme.test");
                admin.find(By.id("invite:first")).sendKeys("Late");
                admin.find(By.id("invite:last")).sendKeys("Joiner");
                admin.clickAndLoad(By.id("invite:create"));
                assertTrue(admin.pageText().contains("so no account was created or changed"), admin.pageText());

                visitor.open("/client/assessments.xhtml");
                assertEquals("Sign-in is unavailable right now", visitor.find(By.id("error-title")).getText());
                assertTrue(visitor.pageText().contains("暂时无法登录"));
                visitor.screenshot("sign-in-unavailable");
            } finally {
                signal(keycloak, "CONT");
            }
            // The page reloads itself every 15 s; once the provider answers, a reload leads to its sign-in form.
            long until = System.currentTimeMillis() + 90_000;
            while (visitor.all(By.id("username")).isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(1000);
            }
            assertTrue(!visitor.all(By.id("username")).isEmpty(), "back at the sign-in form: " + visitor.pageText());
        }
    }

    /** Signals Keycloak's launcher and its Java process (the launcher's child, unless it replaced itself with it). */
    private static void signal(long pid, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
        new ProcessBuilder("pkill", "-" + signal, "-P", Long.toString(pid)).inheritIO().start().waitFor();
    }
}
