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

    /** Waits until the element shows {@code expected}, through re-renders of the page. */
    static void awaitText(WebDriver driver, By locator, String expected) {
        throughRerenders(driver).until(current -> current.findElement(locator).getText().contains(expected));
    }
}
