package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Passkeys in headless Chromium with a virtual authenticator (a platform authenticator with user
 * verification, as a laptop's fingerprint reader is): register, sign out, sign in with the passkey;
 * what may not sign in, and challenges that are used once. Passkeys are bound to a domain, so
 * these tests browse {@code http://localhost:<port>}.
 */
@ExtendWith(DashifyServer.Extension.class)
class PasskeyIT {

    /** Page script: {@code post(url, body)} as the page posts JSON, and {@code postTwice} answering both statuses. */
    private static final String POST_TWICE = """
            const post = (url, body) => fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'},
                body: JSON.stringify(body)});
            const postTwice = (url, body) => post(url, body)
                .then(first => post(url, body).then(second => [first.status, second.status]));
            """;

    /** A browser with a virtual authenticator, at the server's localhost origin. */
    static final class Browser implements AutoCloseable {

        final ChromeDriver driver;
        final VirtualAuthenticator authenticator;
        final WebDriverWait wait;
        final String origin;

        Browser(DashifyServer server) throws Exception {
            driver = Chromium.start(Files.createTempDirectory(Path.of("target"), "chromium-").toAbsolutePath());
            authenticator = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                    .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                    .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                    .setHasResidentKey(true)
                    .setHasUserVerification(true)
                    .setIsUserVerified(true)
                    .setIsUserConsenting(true));
            wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            origin = server.localhostUri().toString();
        }

        void open(String path) {
            driver.get(origin + path);
        }

        /**
         * The text of an element of the page being shown. A page that reloads itself (the passkeys
         * page does after adding one) can replace the element while it is read, so this reads again.
         */
        String text(By locator) {
            return Chromium.throughRerenders(driver).until(current -> current.findElement(locator).getText());
        }

        void signInWithPassword(ScimClient tenant) {
            open("/admin/login.xhtml");
            driver.findElement(By.id("login:organisation")).sendKeys(tenant.tenantName());
            driver.findElement(By.id("login:userName")).sendKeys(tenant.adminUserName());
            driver.findElement(By.id("login:password")).sendKeys(ConsoleIT.PASSWORD);
            driver.findElement(By.id("login:signIn")).click();
            wait.until(ExpectedConditions.urlContains("/admin/tokens.xhtml"));
        }

        /** Adds a passkey on the passkeys page; the page lists it afterwards. */
        void registerPasskey(String name) {
            open("/app/passkeys.xhtml");
            driver.findElement(By.id("passkeyName")).sendKeys(name);
            driver.findElement(By.id("addPasskeyButton")).click();
            Chromium.awaitText(driver, By.id("passkeys"), name);
        }

        void signOut() {
            open("/app/");
            driver.findElement(By.id("signOutForm:signOut")).click();
            wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        }

        /** Clicks "Sign in with a passkey" on the sign-in page; returns the refusal shown, or "" once signed in. */
        String signInWithPasskey() {
            open("/login");
            driver.findElement(By.id("passkeySignIn")).click();
            // The page navigates away on success, so the error element may go stale while it is read:
            // a StaleElementReferenceException, or, from Chromium 156 at times, a plain WebDriverException
            // ("unhandled inspector error: Node with given id does not belong to the document"). The next
            // poll reads the new page; a real failure still ends the wait with its exception as the cause.
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(WebDriverException.class)
                    .until(driver -> {
                        if (!driver.getCurrentUrl().endsWith("/login")) {
                            return "";
                        }
                        String refusal = driver.findElement(By.id("passkeyError")).getText();
                        return refusal.isEmpty() ? null : refusal;
                    });
        }

        /** Runs a script that ends by calling {@code done(result)}, in the page. */
        Object script(String body) {
            return ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];" + body);
        }

        @Override
        public void close() {
            driver.quit();
        }
    }

    static String storedPasskeys(DashifyServer server, String userName) throws Exception {
        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement("select p.name, p.disabled_at, p.last_used_at"
                     + " from passkeys p join users u on u.id = p.user_id where u.user_name = ? order by p.created_at")) {
            query.setString(1, userName);
            StringBuilder rows = new StringBuilder();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.append(row.getString(1)).append(row.getTimestamp(2) == null ? " enabled" : " disabled")
                            .append(row.getTimestamp(3) == null ? " unused" : " used").append(';');
                }
            }
            return rows.toString();
        }
    }

    @Test
    void registerSignOutAndSignInWithThePasskey(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        try (Browser browser = new Browser(server)) {
            browser.signInWithPassword(tenant);
            browser.registerPasskey("Work laptop");
            assertThat(browser.authenticator.getCredentials()).hasSize(1);
            assertThat(storedPasskeys(server, tenant.adminUserName())).isEqualTo("Work laptop enabled unused;");
            ConsoleChromiumIT.screenshot(browser.driver, Path.of("target", "screenshots", "passkeys.png"));
            browser.open("/admin/users.xhtml");
            ConsoleChromiumIT.screenshot(browser.driver, Path.of("target", "screenshots", "users.png"));
            browser.open("/admin/audit.xhtml");
            ConsoleChromiumIT.screenshot(browser.driver, Path.of("target", "screenshots", "audit.png"));

            browser.signOut();
            assertThat(browser.signInWithPasskey()).isEmpty();

            browser.wait.until(ExpectedConditions.urlContains("/admin/"));
            browser.open("/app/");
            assertThat(browser.text(By.id("userName"))).isEqualTo(tenant.adminUserName());
            assertThat(storedPasskeys(server, tenant.adminUserName())).isEqualTo("Work laptop enabled used;");
            assertThat(SsoIT.sessionMethods(server, tenant.adminId())).contains("PASSWORD").contains("PASSKEY");
        }
    }

    @Test
    void aRemovedPasskeySignsNobodyIn(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        try (Browser browser = new Browser(server)) {
            browser.signInWithPassword(tenant);
            browser.registerPasskey("Old phone");
            browser.open("/app/passkeys.xhtml");
            browser.driver.findElement(By.xpath("//table[@id='passkeys:passkeyTable']//tr[td[1]='Old phone']"
                    + "//input[@value='Remove']")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            Chromium.awaitText(browser.driver, By.id("messages"), "The passkey was removed");
            assertThat(storedPasskeys(server, tenant.adminUserName())).isEmpty();
            browser.signOut();

            assertThat(browser.signInWithPasskey()).as("the authenticator still has it; Dashify does not")
                    .contains("This passkey cannot sign you in");
            browser.open("/app/");
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        }
    }

    @Test
    void aChallengeIsUsedOnceWhateverTheAnswer(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        try (Browser browser = new Browser(server)) {
            browser.signInWithPassword(tenant);
            browser.open("/app/passkeys.xhtml");
            // The page's own steps, with the verified answer sent twice.
            Object registrations = browser.script(POST_TWICE + """
                    post('/app/passkeys/options', {}).then(r => r.json())
                      .then(o => navigator.credentials.create({publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(o)}))
                      .then(c => postTwice('/app/passkeys/register', {name: 'Twice', credential: c.toJSON()}))
                      .then(done, e => done(String(e)));""");
            assertThat(registrations).isEqualTo(List.of(201L, 400L));

            browser.signOut();
            browser.open("/login");
            Object signIns = browser.script(POST_TWICE + """
                    post('/passkey/options', {}).then(r => r.json())
                      .then(o => navigator.credentials.get({publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(o)}))
                      .then(c => postTwice('/passkey/sign-in', c.toJSON()))
                      .then(done, e => done(String(e)));""");
            assertThat(signIns).isEqualTo(List.of(200L, 400L));
        }
    }

    @Test
    void aSignedInBrowserCannotBeMadeToRegisterFromAnotherSite(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        try (ConsoleClient browser = new ConsoleClient(server)) {
            browser.signIn(tenant, ConsoleIT.PASSWORD);
            for (String path : List.of("/app/passkeys/options", "/app/passkeys/register")) {
                WebRequest forged = new WebRequest(new URL(server.baseUri() + path), HttpMethod.POST);
                forged.setAdditionalHeader("Content-Type", "application/json");
                forged.setAdditionalHeader("Origin", "https://evil.example");
                forged.setRequestBody("{\"name\":\"planted\",\"credential\":{}}");
                assertThat(browser.browser.loadWebResponse(forged).getStatusCode()).as(path).isEqualTo(403);
            }
            WebRequest sameSite = new WebRequest(new URL(server.baseUri() + "/app/passkeys/options"), HttpMethod.POST);
            sameSite.setAdditionalHeader("Content-Type", "application/json");
            sameSite.setAdditionalHeader("Origin", server.baseUri().toString());
            sameSite.setRequestBody("{}");
            assertThat(browser.browser.loadWebResponse(sameSite).getStatusCode())
                    .as("the same request from the service's own origin gets past the guard (to the origin check)")
                    .isEqualTo(409);
        }
        assertThat(storedPasskeys(server, tenant.adminUserName())).isEmpty();
    }

    @Test
    void theCeremoniesRefuseOtherSitesOtherOriginsAndStrangers(DashifyServer server) {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        DashifyServer.Response noOrigin = server.send("POST", "/passkey/options", json, "{}");
        DashifyServer.Response crossSite = server.send("POST", "/passkey/options",
                Map.of("Content-Type", "application/json", "Origin", "https://evil.example"), "{}");
        DashifyServer.Response byIpAddress = server.send("POST", "/passkey/options",
                Map.of("Content-Type", "application/json", "Origin", server.baseUri().toString()), "{}");
        DashifyServer.Response registerSignedOut = server.send("POST", "/app/passkeys/options",
                Map.of("Content-Type", "application/json", "Origin", server.baseUri().toString()), "{}");
        DashifyServer.Response atLocalhost = server.send("POST", server.localhostUri() + "/passkey/options",
                Map.of("Content-Type", "application/json", "Origin", server.localhostUri().toString()), "{}");

        assertThat(noOrigin.status()).isEqualTo(403);
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(byIpAddress.status()).as(byIpAddress.body()).isEqualTo(409);
        assertThat(ScimClient.json(byIpAddress.body()).getString("error")).contains(server.localhostUri().toString());
        assertThat(registerSignedOut.status()).as("the console's sign-in first").isIn(302, 303);
        assertThat(atLocalhost.status()).as(atLocalhost.body()).isEqualTo(200);
        assertThat(ScimClient.json(atLocalhost.body()).getString("rpId")).isEqualTo("localhost");
        assertThat(ScimClient.json(atLocalhost.body()).getString("userVerification")).isEqualTo("required");
    }
}
