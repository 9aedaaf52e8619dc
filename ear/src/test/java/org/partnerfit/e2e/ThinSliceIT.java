package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The walking skeleton in a real browser against the EAR on Payara Server, the real Keycloak and
 * PostgreSQL, with the demo seed: a partner answers cultural fit and submits; the client's
 * assessor reads the score and why; the other tenant and the other partner get 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThinSliceIT {

    /** Northwind's answers; Acme's culture profile is 4, 2, 2, 1, 2 (see infra/demo/seed.json). */
    private static final List<String> NORTHWIND = List.of("4", "2", "3", "1", "3");

    /** The seeded assessment these steps follow; other tests add assessments and invitations of their own. */
    private static final String SEEDED = "Core banking modernisation partner";
    private static final By SEEDED_ANSWER_LINK = By.cssSelector(".pf-invitation[data-assessment='" + SEEDED + "'] a.pf-answer-link");

    private static String northwindInvitationUrl;
    private static String acmeAssessmentUrl;

    @Test
    @Order(1)
    void partnerAnswersCultureFitAndSubmits() {
        try (Browser partner = new Browser().login("northwind-contact")) {
            partner.click(By.id("nav-invitations"));
            assertTrue(partner.pageText().contains("Core banking modernisation partner"), partner.pageText());
            assertTrue(partner.pageText().contains("Acme Bank"));
            partner.click(SEEDED_ANSWER_LINK);
            northwindInvitationUrl = partner.currentUrl();
            assertEquals("Cultural fit", partner.find(By.id("criterion-title")).getText());

            // Submitting with answers missing is refused, and what was given is kept.
            choose(partner, 0, NORTHWIND.get(0));
            partner.clickAndLoad(By.id("answers:submit"));
            assertTrue(partner.pageText().contains("Some answers need attention"), partner.pageText());
            assertTrue(partner.pageText().contains("An answer is required."));
            assertTrue(selected(partner, 0, NORTHWIND.get(0)), "the first answer survived the refused submit");

            // A draft survives leaving the page.
            choose(partner, 1, NORTHWIND.get(1));
            partner.clickAndLoad(By.id("answers:save"));
            assertTrue(partner.pageText().contains("saved as a draft"), partner.pageText());
            partner.open(northwindInvitationUrl);
            assertTrue(selected(partner, 1, NORTHWIND.get(1)), "the draft was kept");

            for (int i = 0; i < NORTHWIND.size(); i++) {
                choose(partner, i, NORTHWIND.get(i));
            }
            partner.find(By.cssSelector("textarea")).sendKeys("Weekly demos with the client's product owner.");
            partner.screenshot("partner-answers");
            partner.clickAndLoad(By.id("answers:submit"));
            partner.find(By.cssSelector(".pf-status"));
            assertTrue(partner.pageText().contains("Submitted"), partner.pageText());

            partner.open(northwindInvitationUrl);
            assertTrue(partner.pageText().contains("submitted and can no longer be changed"), partner.pageText());
        }
    }

    @Test
    @Order(2)
    void assessorSeesTheScoreAndWhy() {
        try (Browser assessor = new Browser().login("acme-assessor")) {
            assessor.click(By.id("nav-assessments"));
            assessor.click(By.linkText(SEEDED));
            acmeAssessmentUrl = assessor.currentUrl();
            assessor.find(By.id("assessment-title"));
            String page = assessor.pageText();
            assessor.screenshot("assessor-review");
            // distances 0, 0, 1, 0, 1 -> 20 * (1 + 1 + .75 + 1 + .75) = 90
            assertEquals("Northwind Engineering", assessor.find(By.cssSelector(".pf-ranking .pf-firm")).getText(), "ranked first");
            assertEquals("90", assessor.find(By.cssSelector(".pf-score")).getText());
            assertTrue(page.contains("Raised by close agreement on everyday communication"), page);
            assertTrue(page.contains("meeting style (1 apart)"), page);
            assertTrue(page.contains("culture-fit@1.0.1"), page);
            assertTrue(page.contains("Contoso Software"), page);
        }
    }

    @Test
    @Order(3)
    void theOtherTenantGetsNotFound() {
        try (Browser other = new Browser().login("globex-assessor")) {
            other.click(By.id("nav-assessments"));
            assertFalse(other.pageText().contains("Core banking modernisation partner"), other.pageText());
            other.open(acmeAssessmentUrl);
            assertEquals("Not found", other.find(By.id("error-title")).getText());
            assertFalse(other.pageText().contains("Northwind"), other.pageText());
        }
    }

    @Test
    @Order(4)
    void theOtherPartnerGetsNotFound() {
        try (Browser other = new Browser().login("contoso-contact")) {
            other.open(northwindInvitationUrl);
            assertEquals("Not found", other.find(By.id("error-title")).getText());
        }
    }

    @Test
    @Order(5)
    void theSecondPartnerIsNotShownTheFirstPartnersAnswers() {
        try (Browser other = new Browser().login("contoso-contact")) {
            other.click(By.id("nav-invitations"));
            other.click(SEEDED_ANSWER_LINK);
            for (int i = 0; i < NORTHWIND.size(); i++) {
                assertTrue(other.all(By.cssSelector(".pf-scale")).get(i)
                        .findElements(By.cssSelector("input:checked")).isEmpty(), "question " + i + " is blank");
            }
        }
    }

    private static void choose(Browser browser, int question, String value) {
        WebElement scale = browser.all(By.cssSelector(".pf-scale")).get(question);
        scale.findElement(By.cssSelector("input[value='" + value + "']")).click();
    }

    private static boolean selected(Browser browser, int question, String value) {
        WebElement scale = browser.all(By.cssSelector(".pf-scale")).get(question);
        return scale.findElement(By.cssSelector("input[value='" + value + "']")).isSelected();
    }
}
