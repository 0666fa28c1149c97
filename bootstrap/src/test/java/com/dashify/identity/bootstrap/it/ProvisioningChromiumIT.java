package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The provisioning page in real headless Chromium, after a directory's day: its last call, its
 * calls and changes in the chart, and the requests refused to it with what it was told. It also
 * takes the screenshot the README shows.
 */
@ExtendWith(DashifyServer.Extension.class)
class ProvisioningChromiumIT {

    @Test
    void anAdminSeesWhatTheDirectoryDidAndWhatWasRefusedToIt(DashifyServer server) throws IOException {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD, "initech");
        for (String name : List.of("peter", "samir", "michael", "milton")) {
            RolesIT.provision(tenant, name + "@initech.example", "");
        }
        String bob = RolesIT.provision(tenant, "bob@initech.example", "");
        assertThat(tenant.patch("/Users/" + bob, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"active","value":false}]}""").status()).isEqualTo(200);
        assertThat(tenant.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"milton@initech.example"}""")
                .status()).isEqualTo(409);
        assertThat(tenant.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"  "}""").status())
                .isEqualTo(400);

        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-");
        WebDriver browser = Chromium.start(profile.toAbsolutePath());
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Chromium.signIn(browser, server.baseUri().toString(), tenant, ConsoleIT.PASSWORD);
            browser.findElement(By.id("toProvisioning")).click();
            wait.until(ExpectedConditions.urlContains("/admin/provisioning.xhtml"));
            // Eight requests: five users created, one deactivated, two refused. Calls are written every
            // 10 seconds; the page shows them once they are.
            String totals = "8 calls, 6 changes, 2 refused";
            new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(2))
                    .withMessage(() -> "the totals read " + browser.findElement(By.cssSelector(".directory .totals"))
                            .getText())
                    .until(page -> {
                        if (page.findElement(By.cssSelector(".directory .totals")).getText().equals(totals)) {
                            return true;
                        }
                        page.navigate().refresh();
                        return false;
                    });

            String today = LocalDate.now(ZoneOffset.UTC).toString();
            WebElement directory = browser.findElement(By.cssSelector(".directory"));
            assertThat(directory.findElement(By.tagName("h2")).getText()).isEqualTo("Initial SCIM token");
            assertThat(directory.findElement(By.cssSelector(".lastCall")).getText()).startsWith(today)
                    .contains(" UTC from ");
            assertThat(directory.findElement(By.cssSelector(".totals")).getText()).isEqualTo(totals);
            String todayBar = directory.findElements(By.cssSelector("svg.chart g.day title")).stream()
                    .map(title -> title.getAttribute("textContent")).filter(text -> text.startsWith(today))
                    .findFirst().orElseThrow();
            assertThat(todayBar).isEqualTo(today + ": " + totals);
            assertThat(directory.findElements(By.cssSelector("svg.chart rect.changes"))).hasSize(1);
            List<WebElement> refusals = directory.findElements(By.cssSelector("table.refusals tbody tr"));
            assertThat(refusals).hasSize(2);
            assertThat(refusals.get(0).getText()).contains("user.provision", "400", "invalidValue");
            assertThat(refusals.get(1).getText()).contains("user.provision", "409", "uniqueness",
                    "milton@initech.example");
            ConsoleChromiumIT.screenshot(browser, Path.of("target", "screenshots", "console-provisioning.png"));
        } finally {
            browser.quit();
        }
    }
}
