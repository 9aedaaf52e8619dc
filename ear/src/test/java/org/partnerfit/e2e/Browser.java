package org.partnerfit.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's chromium and chromedriver; a test never downloads a
 * browser), with the portal's login through Keycloak.
 */
final class Browser implements AutoCloseable {

    static final String BASE_URL = System.getProperty("e2e.baseUrl", "http://localhost:18080");
    static final String PASSWORD = "partnerfit";

    private final WebDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("partnerfit-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000", "--lang=en-US",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Opens the portal and signs in through Keycloak's two-step (username, then password) login. */
    Browser login(String username) {
        return login(username, PASSWORD);
    }

    /** The same, with a password of the user's own (one they set at their first sign-in). */
    Browser login(String username, String password) {
        return closingOnFailure(() -> {
            signIn(username, password);
            wait(ExpectedConditions.presenceOfElementLocated(By.id("header:who")));
        });
    }

    /** Runs a sign-in; if it fails the browser is closed, since the caller's try-with-resources never got it. */
    private Browser closingOnFailure(Runnable steps) {
        try {
            steps.run();
            return this;
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    private void signIn(String username, String password) {
        open("/");
        enterCredentials(username, password);
    }

    /** Signs in on the identity provider's page the portal has just sent this browser to. */
    void signInHere(String username) {
        enterCredentials(username, PASSWORD);
    }

    private void enterCredentials(String username, String password) {
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        List<WebElement> field = driver.findElements(By.id("password"));
        if (field.isEmpty() || !field.get(0).isDisplayed()) {
            driver.findElement(By.id("kc-login")).click();
        }
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** First sign-in of a new account: the one-time password, then Keycloak's "update password" page. */
    Browser loginFirstTime(String username, String oneTimePassword, String newPassword) {
        return closingOnFailure(() -> firstSignIn(username, oneTimePassword, newPassword));
    }

    private void firstSignIn(String username, String oneTimePassword, String newPassword) {
        signIn(username, oneTimePassword);
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys(newPassword);
        driver.findElement(By.id("password-confirm")).sendKeys(newPassword);
        driver.findElement(By.cssSelector("#kc-passwd-update-form [type='submit']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("header:who")));
    }

    Browser open(String path) {
        driver.get(path.startsWith("http") ? path : BASE_URL + path);
        return this;
    }

    WebElement find(By by) {
        return wait(ExpectedConditions.presenceOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void click(By by) {
        wait(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks something that loads a new page and waits until the old one is gone and the new one complete. */
    void clickAndLoad(By by) {
        WebElement element = wait(ExpectedConditions.elementToBeClickable(by));
        element.click();
        awaitNextPage(element);
    }

    /** Two clicks at once, as an impatient user gives them, on something that loads a new page; as {@link #clickAndLoad}. */
    void doubleClickAndLoad(By by) {
        WebElement element = wait(ExpectedConditions.elementToBeClickable(by));
        new org.openqa.selenium.interactions.Actions(driver).doubleClick(element).perform();
        awaitNextPage(element);
    }

    private void awaitNextPage(WebElement element) {
        // Chromium reports a node of the page being left either as stale or as "not in the document".
        wait(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The portal's cookies of this browser as one Cookie header, to replay its session with a plain HTTP client. */
    String cookies() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Forgets every cookie, the portal's session and the identity provider's alike, as if both had expired. */
    void expireSessions() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    /** Whether PrimeFaces has no Ajax request waiting or under way (the one under way stays queued until it is done). */
    boolean ajaxIdle() {
        return Boolean.TRUE.equals(script("return PrimeFaces.ajax.Queue.isEmpty()"));
    }

    /** Takes steps in a second tab of this browser, in the same session, then comes back to this tab. */
    void inAnotherTab(Runnable steps) {
        String here = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        try {
            steps.run();
        } finally {
            driver.close();
            driver.switchTo().window(here);
        }
    }

    Object script(String javaScript) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javaScript);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Waits up to 30 s; on failure saves a screenshot and says what the page showed. An element
     * redrawn between finding and reading it (the answer page's autosave redraws its status every
     * 15 s) is looked for again.
     */
    <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "failed-" + System.currentTimeMillis();
            screenshot(name);
            String text = driver.findElements(By.tagName("body")).isEmpty() ? "" : pageText();
            throw new AssertionError("Waited in vain at " + driver.getCurrentUrl() + " (screenshot " + name
                    + ".png); the page said: " + text.substring(0, Math.min(1500, text.length())), e);
        }
    }

    /** Saves a screenshot under target/screenshots for the docs and for failed runs. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks something that downloads a file, and waits until the whole file is there: its bytes. */
    byte[] download(By by) {
        Path folder = profile.resolve("downloads");
        try {
            Files.createDirectories(folder);
            ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
            click(by);
            Path file = wait(d -> {
                try (var files = Files.list(folder)) {
                    return files.filter(f -> !f.toString().endsWith(".crdownload")).findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
