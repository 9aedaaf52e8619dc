package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing out ends the identity provider's session too; a member of two organisations works in one at a time. */
class SessionIT {

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
        }
    }
}
