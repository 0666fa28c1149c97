package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main console flow in real headless Chromium: sign in, create a SCIM token, read it from the
 * page, use it, reload (it is not shown again), revoke it (it stops working), sign out. It also
 * takes the screenshot the README shows.
 */
@ExtendWith(DashifyServer.Extension.class)
class ConsoleChromiumIT {

    @Test
    void adminCreatesUsesReloadsRevokesAndSignsOut(DashifyServer server) throws IOException {
        // A readable name: the screenshot of this page is the README's.
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD, "acme");
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-");
        WebDriver browser = Chromium.start(profile.toAbsolutePath());
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Chromium.signIn(browser, server.baseUri().toString(), tenant, ConsoleIT.PASSWORD);

            browser.findElement(By.id("create:name")).sendKeys("Okta provisioning");
            browser.findElement(By.id("create:createToken")).click();
            WebElement shown = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
            String token = shown.getAttribute("value");
            assertThat(token).startsWith("dfy_pat_");
            assertThat(browser.findElement(By.id("scim-base-url")).getAttribute("value"))
                    .isEqualTo(server.baseUri() + "/scim/v2");
            screenshot(browser, Path.of("target", "screenshots", "console-tokens.png"));

            assertThat(tenant.withToken(token).get("/Users").status()).isEqualTo(200);

            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create:name")));
            assertThat(browser.getPageSource()).doesNotContain(token.substring(8));
            browser.get(server.baseUri() + "/admin/");
            wait.until(ExpectedConditions.urlContains("/admin/tokens.xhtml"));
            assertThat(browser.getPageSource()).doesNotContain(token.substring(8));

            List<WebElement> revoke = browser.findElements(By.xpath(
                    "//form[@id='own']//tr[td[1]='Okta provisioning']//input[@value='Revoke']"));
            assertThat(revoke).hasSize(1);
            revoke.get(0).click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            Chromium.awaitText(browser, By.id("messages"), "The token was revoked");
            assertThat(tenant.withToken(token).get("/Users").status()).isEqualTo(401);

            browser.findElement(By.id("signOutForm:signOut")).click();
            wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
            assertThat(browser.getPageSource()).contains("You are signed out.");
            browser.get(server.baseUri() + "/admin/");
            wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        } finally {
            browser.quit();
        }
    }

    static void screenshot(WebDriver browser, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
