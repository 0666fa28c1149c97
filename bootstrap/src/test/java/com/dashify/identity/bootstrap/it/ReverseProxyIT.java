package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.testsupport.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's reverse-proxy setup, with the launcher that opens Payara's HTTP listener only after
 * deployment: a server of its own, started with the README's post-boot command that maps
 * {@code X-Forwarded-Proto}, takes console posts sent through a TLS-terminating proxy (an
 * {@code https} Origin, {@code X-Forwarded-Proto: https}), a sign-in and a token's creation, and
 * answers them as the https origin it is behind: a {@code Secure} session cookie, and the SCIM URL
 * with {@code https}. Were the setting lost, every console post behind such a proxy would get 403.
 */
class ReverseProxyIT {

    /** Word for word the README's. */
    static final String SCHEME_MAPPING = "set configs.config.server-config.network-config.protocols.protocol"
            + ".http-listener.http.scheme-mapping=X-Forwarded-Proto";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern CREATE_ACTION = Pattern.compile("<form id=\"create\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern SUBMISSION = Pattern.compile("name=\"create:submission\"[^>]*value=\"([^\"]*)\"");
    private static final int MOST_REDIRECTS = 5;

    @Test
    void aConsoleSignInThroughATlsProxyIsTakenAsHttps() throws Exception {
        Path workDir = Path.of(System.getProperty("dashify.it.workdir", "target")).toAbsolutePath();
        Path runs = Files.createDirectories(workDir.resolve("it-runs"));
        Path commands = Files.writeString(Files.createTempFile(runs, "post-boot-", ".asadmin"), SCHEME_MAPPING + "\n");
        Path data = Files.createTempDirectory(runs, "reverse-proxy-data-");
        TestDatabase h2 = new TestDatabase("h2", "jdbc:h2:file:" + data.resolve("dashify") + ";AUTO_SERVER=TRUE",
                "sa", "");
        try (DashifyServer server = DashifyServer.startOwn("reverse-proxy", h2,
                List.of("--postbootcommandfile", commands.toString()))) {
            ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
            String authority = server.baseUri().getAuthority();

            DashifyServer.Response login = server.send("GET", "/admin/login.xhtml",
                    Map.of("X-Forwarded-Proto", "https"), null);
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            Matcher viewState = VIEW_STATE.matcher(login.body());
            assertThat(viewState.find()).as("the sign-in page has its form").isTrue();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:organisation", tenant.tenantName());
            form.put("login:userName", tenant.adminUserName());
            form.put("login:password", ConsoleIT.PASSWORD);
            form.put("login:signIn", "Sign in");
            form.put("jakarta.faces.ViewState", viewState.group(1));

            DashifyServer.Response signedIn = signIn(server, "https://" + authority, form);
            assertThat(signedIn.status()).as(signedIn.body()).isIn(302, 303);
            String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                    .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
            assertThat(cookie).as("the session cookie behind TLS").containsIgnoringCase("; Secure");

            String session = cookie.split(";", 2)[0];
            DashifyServer.Response tokens = follow(server, signedIn, session);
            assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
            Matcher action = CREATE_ACTION.matcher(tokens.body());
            assertThat(action.find()).as("the tokens page has its create form").isTrue();
            Matcher submission = SUBMISSION.matcher(tokens.body());
            assertThat(submission.find()).as("the create form's submission id").isTrue();
            assertThat(viewState.reset(tokens.body()).find()).isTrue();
            Map<String, String> create = new LinkedHashMap<>();
            create.put("create", "create");
            create.put("create:submission", submission.group(1));
            create.put("create:name", "through the proxy");
            create.put("create:scopes", "scim");
            create.put("create:expiry", "never");
            create.put("create:createToken", "Create token");
            create.put("jakarta.faces.ViewState", viewState.group(1));

            DashifyServer.Response created = post(server, action.group(1).replace("&amp;", "&"), "https://" + authority,
                    session, create);
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            assertThat(created.body()).as("the SCIM URL shown with the new token")
                    .contains("value=\"https://" + authority + "/scim/v2\"");

            // The control: behind the proxy the service's origin is https, so an http Origin is another site.
            DashifyServer.Response crossSite = signIn(server, "http://" + authority, form);
            assertThat(crossSite.status()).as("an http Origin behind the proxy").isEqualTo(403);
        }
    }

    private static DashifyServer.Response signIn(DashifyServer server, String origin, Map<String, String> form) {
        return post(server, "/admin/login.xhtml", origin, null, form);
    }

    /** A form posted through the proxy: over http to the server, with the browser's Origin and the proxy's header. */
    private static DashifyServer.Response post(DashifyServer server, String path, String origin, String cookie,
                                               Map<String, String> form) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Origin", origin);
        headers.put("X-Forwarded-Proto", "https");
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return server.send("POST", path, headers, body);
    }

    /** Follows redirects as the browser behind the proxy would, its requests reaching the server over http. */
    private static DashifyServer.Response follow(DashifyServer server, DashifyServer.Response answer, String cookie) {
        for (int i = 0; i < MOST_REDIRECTS && answer.status() / 100 == 3; i++) {
            URI location = URI.create(answer.header("Location").orElseThrow());
            String path = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
            answer = server.send("GET", path, Map.of("Cookie", cookie, "X-Forwarded-Proto", "https"), null);
        }
        return answer;
    }
}
