package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A criterion arrives while the platform runs: the operator uploads its JAR in the portal, a
 * client admin switches it on, and a new assessment offers and pins it.
 */
class PluginLifecycleIT {

    private static final Path JAR = Path.of(System.getProperty("e2e.uploadJar", "missing.jar"));
    private static final String PLUGIN = "extra-mile";

    @Test
    void operatorUploadsClientAdminEnablesNewAssessmentPins() {
        String contact = "contact@initrode-" + System.nanoTime() % 100000 + ".test";
        String oneTimePassword;
        assertTrue(Files.isRegularFile(JAR), "the plugin JAR to upload was built: " + JAR);
        try (Browser operator = new Browser().login("operator")) {
            operator.click(By.id("nav-plugins"));
            upload(operator);
            assertTrue(operator.pageText().contains("Installed " + PLUGIN + "@1.0.1"), operator.pageText());
            assertTrue(operator.all(By.cssSelector(".pf-plugin-id")).stream().anyMatch(e -> e.getText().equals(PLUGIN)));
            operator.screenshot("operator-plugins");

            upload(operator);
            assertTrue(operator.pageText().contains("Refused: " + PLUGIN + "@1.0.1 is already installed."), operator.pageText());

            // Every criterion module of the build is installed and running in the platform.
            List<String> running = operator.all(By.cssSelector(".pf-plugin-id")).stream().map(WebElement::getText).toList();
            for (String module : criterionModules()) {
                assertTrue(running.contains(module), module + " is installed; the platform runs " + running);
            }
        }

        try (Browser admin = new Browser().login("acme-admin")) {
            admin.click(By.id("nav-criteria"));
            By state = By.cssSelector(".pf-criterion-state[data-criterion='" + PLUGIN + "']");
            assertEquals("Off", admin.find(state).getText());
            // Another tab switches it on meanwhile; this page's button still offers to, and must not switch it off.
            Workflow.switchOn(Api.userToken("acme-admin"), PLUGIN);
            admin.click(By.cssSelector(".pf-toggle[data-criterion='" + PLUGIN + "']"));
            admin.wait(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(state, "On"));
            admin.screenshot("client-admin-criteria");

            admin.click(By.id("nav-new-assessment"));
            admin.find(By.id("assessment:name")).sendKeys("Data platform partner");
            weight(admin, "culture-fit", "50");
            weight(admin, PLUGIN, "30");
            admin.clickAndLoad(By.id("assessment:create"));
            assertTrue(admin.pageText().contains("The weights add up to 80; they must add up to 100."), admin.pageText());
            assertEquals("Data platform partner", admin.find(By.id("assessment:name")).getAttribute("value"), "nothing lost");

            weight(admin, PLUGIN, "50");
            WebElement due = admin.find(By.id("assessment:due_input"));
            due.clear();
            due.sendKeys(LocalDate.now().plusDays(20).toString());
            admin.clickAndLoad(By.id("assessment:create"));
            assertEquals("Data platform partner", admin.find(By.id("assessment-title")).getText());
            assertTrue(admin.all(By.cssSelector(".pf-pinned-version")).stream()
                    .anyMatch(e -> e.getText().equals(PLUGIN + "@1.0.1")), admin.pageText());
            admin.screenshot("new-assessment-pinned");

            // Invite a partner firm whose contact has no account yet, then open the assessment.
            admin.find(By.id("setup:firm")).sendKeys("Initrode");
            admin.find(By.id("setup:email")).sendKeys(contact);
            admin.find(By.id("setup:first")).sendKeys("Ira");
            admin.find(By.id("setup:last")).sendKeys("Initrode");
            admin.clickAndLoad(By.id("setup:invite"));
            java.util.regex.Matcher password = java.util.regex.Pattern.compile(contact + ": ([A-Za-z0-9]{16})").matcher(admin.pageText());
            assertTrue(password.find(), admin.pageText());
            oneTimePassword = password.group(1);
            assertTrue(admin.pageText().contains("Initrode"), admin.pageText());
            admin.clickAndLoad(By.id("setup:open"));
            assertTrue(admin.pageText().contains("The assessment is open"), admin.currentUrl() + "\n" + admin.pageText());
        }

        try (Browser partner = new Browser().loginFirstTime(contact, oneTimePassword, "Initrode-" + System.nanoTime())) {
            partner.click(By.id("nav-invitations"));
            assertTrue(partner.pageText().contains("Data platform partner"), partner.pageText());
            assertTrue(partner.pageText().contains("The 10% extra"), "the uploaded criterion is asked: " + partner.pageText());
        }
    }

    /** The plugin modules of this build: every folder under plugins/ but the testkit and the template. */
    private static List<String> criterionModules() {
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("e2e.pluginsDir", "../plugins")))) {
            List<String> modules = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !name.equals("testkit") && !name.equals("template")).sorted().toList();
            assertEquals(10, modules.size(), "ten criteria: " + modules);
            return modules;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void upload(Browser operator) {
        operator.find(By.cssSelector("input[type='file']")).sendKeys(JAR.toAbsolutePath().normalize().toString());
        operator.clickAndLoad(By.id("upload:install"));
    }

    private static void weight(Browser browser, String plugin, String value) {
        WebElement input = browser.find(By.cssSelector("input[data-criterion='" + plugin + "']"));
        input.clear();
        input.sendKeys(value);
    }
}
