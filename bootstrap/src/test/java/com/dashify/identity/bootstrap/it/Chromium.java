package com.dashify.identity.bootstrap.it;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium through chromedriver, both as the Debian packages install them (or as configured). */
final class Chromium {

    private Chromium() {
    }

    /** A new browser with its own profile directory. */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("dashify.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("dashify.it.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * A wait that reads again when the page replaces an element while it is read (after an Ajax
     * action or a reload): Chromium then reports either a stale element or "Node with given id does
     * not belong to the document", a plain WebDriverException.
     */
    static WebDriverWait throughRerenders(WebDriver driver) {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class);
    }

    /**
     * Signs the tenant's admin in to the console at {@code base} with the password, as a person does:
     * {@code /admin/} leads to the sign-in page, and signing in to the tokens page.
     */
    static void signIn(WebDriver browser, String base, ScimClient tenant, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base + "/admin/");
        wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        browser.findElement(By.id("login:organisation")).sendKeys(tenant.tenantName());
        browser.findElement(By.id("login:userName")).sendKeys(tenant.adminUserName());
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.urlContains("/admin/tokens.xhtml"));
    }

    /** Waits until the element shows {@code expected}, through re-renders of the page. */
    static void awaitText(WebDriver driver, By locator, String expected) {
        throughRerenders(driver).until(current -> current.findElement(locator).getText().contains(expected));
    }
}
