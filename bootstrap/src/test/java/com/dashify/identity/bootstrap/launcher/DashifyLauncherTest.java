package com.dashify.identity.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.bootstrap.envelope.ErrorBodies;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher does before Payara Micro runs: the port it holds, and what it answers there. */
class DashifyLauncherTest {

    @Test
    void holdsThePortPayaraWillListenOn() {
        assertThat(DashifyLauncher.httpPort(new String[] {"--port", "9090", "--rootdir", "x"})).hasValue(9090);
        assertThat(DashifyLauncher.httpPort(new String[0])).hasValue(8080);
        assertThat(DashifyLauncher.httpPort(new String[] {"--autobindhttp"})).isEmpty();
        assertThat(DashifyLauncher.httpPort(new String[] {"--domainconfig", "domain.xml"})).isEmpty();
    }

    /** Payara lower-cases option names; its documentation spells them {@code --autoBindHttp}, and so on. */
    @Test
    void readsPayarasOptionsWithoutRegardToCase() {
        assertThat(DashifyLauncher.httpPort(new String[] {"--autoBindHttp"})).isEmpty();
        assertThat(DashifyLauncher.httpPort(new String[] {"--AUTOBINDHTTP", "--port", "9090"})).isEmpty();
        assertThat(DashifyLauncher.httpPort(new String[] {"--domainConfig", "domain.xml"})).isEmpty();
        assertThat(DashifyLauncher.httpPort(new String[] {"--Port", "9090"})).hasValue(9090);
        assertThat(DashifyLauncher.httpPort(new String[] {"--port", "9090", "--port", "9191"})).as("the last wins")
                .hasValue(9191);
    }

    @Test
    void honoursPayarasOwnSystemProperties(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("system.properties"), "payaramicro.port=9292\n");
        String[] none = new String[0];
        withSystemProperty("payaramicro.port", "9191", () -> {
            assertThat(DashifyLauncher.httpPort(none)).hasValue(9191);
            assertThat(DashifyLauncher.httpPort(new String[] {"--port", "9090"})).as("the option wins").hasValue(9090);
            assertThat(DashifyLauncher.httpPort(new String[] {"--systemProperties", file.toString()}))
                    .as("Payara sets a --systemproperties file's properties over the JVM's").hasValue(9292);
        });
        withSystemProperty("payaramicro.autoBindHttp", "true",
                () -> assertThat(DashifyLauncher.httpPort(none)).isEmpty());
        withSystemProperty("payaramicro.domainConfig", "domain.xml",
                () -> assertThat(DashifyLauncher.httpPort(none)).isEmpty());
    }

    /** Payara's own metrics endpoint, off and away from the service's {@code /metrics}. */
    private static final String[] PAYARA_METRICS_OFF = DashifyLauncher.NO_PAYARA_METRICS.stream()
            .map(setting -> "set " + setting).toArray(String[]::new);

    @Test
    void mergesACallersPreBootCommandFileGivenInAnyCase(@TempDir Path dir) throws Exception {
        Path own = Files.writeString(dir.resolve("mine.asadmin"), "set-log-levels x=FINE\n");

        List<String> options = DashifyLauncher.withPrebootCommands(
                new String[] {"--preBootCommandFile", own.toString()}, DashifyLauncher.prebootCommands(true, true));

        assertThat(options).hasSize(2).first().isEqualTo(DashifyLauncher.PREBOOT_COMMANDS);
        assertThat(Files.readAllLines(Path.of(options.get(1)))).containsExactly(PAYARA_METRICS_OFF[0],
                PAYARA_METRICS_OFF[1], "set " + DashifyLauncher.HTTP_LISTENER_ENABLED + "=false",
                "set " + DashifyLauncher.NO_SINGLE_SIGN_ON, "set-log-levels x=FINE", "");
    }

    @Test
    void closesTheListenerBeforeBootAndKeepsTheCallersOwnPreBootCommands(@TempDir Path dir) throws Exception {
        Path own = Files.writeString(dir.resolve("mine.asadmin"), "set-log-levels x=FINE\n");

        List<String> options = DashifyLauncher.withPrebootCommands(
                new String[] {"--port", "9090", DashifyLauncher.PREBOOT_COMMANDS, own.toString()},
                DashifyLauncher.prebootCommands(true, true));

        assertThat(options).hasSize(4).startsWith("--port", "9090", DashifyLauncher.PREBOOT_COMMANDS);
        assertThat(Files.readAllLines(Path.of(options.get(3)))).containsExactly(PAYARA_METRICS_OFF[0],
                PAYARA_METRICS_OFF[1], "set " + DashifyLauncher.HTTP_LISTENER_ENABLED + "=false",
                "set " + DashifyLauncher.NO_SINGLE_SIGN_ON, "set-log-levels x=FINE", "");
    }

    @Test
    void keepsSessionsInMemoryOnANodeThatRunsAlone() throws Exception {
        assertThat(DashifyLauncher.prebootCommands(false, false)).containsExactly(PAYARA_METRICS_OFF[0],
                PAYARA_METRICS_OFF[1], "set " + DashifyLauncher.SESSIONS_IN_MEMORY);
        assertThat(DashifyLauncher.prebootCommands(false, true)).containsExactly(PAYARA_METRICS_OFF);
        assertThat(DashifyLauncher.withPrebootCommands(new String[] {"--autobindhttp"}, List.of()))
                .containsExactly("--autobindhttp");
    }

    @Test
    void answersServiceUnavailableInEachCallersFormWhileStarting() throws Exception {
        withResponder((http, port) -> {
            HttpResponse<String> ready = get(http, port, "/health/ready");
            HttpResponse<String> live = get(http, port, "/health/live");
            HttpResponse<String> scim = get(http, port, "/scim/v2/Users");
            HttpResponse<String> api = get(http, port, "/api/v1/me");
            HttpResponse<String> page = get(http, port, "/admin/");

            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(List.of(ready, scim, api, page)).allSatisfy(answer -> {
                assertThat(answer.statusCode()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            });
            assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\",\"reason\":\"starting\"}");
            assertThat(scim.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/scim+json"));
            assertThat(scim.body()).contains("\"status\":\"503\"");
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
        });
    }

    /** The same shapes as the service's own errors, for the bases themselves too, not only paths below them. */
    @Test
    void answersInTheServicesOwnErrorShapesAtEveryPathOfScimAndTheApi() throws Exception {
        withResponder((http, port) -> {
            for (String path : List.of("/scim", "/scim/v2", "/scim/v2/Users")) {
                HttpResponse<String> scim = get(http, port, path);
                assertThat(scim.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/scim+json"));
                assertThat(scim.body()).as(path).isEqualTo(ErrorBodies.scimError(503, StartupResponder.DETAIL));
            }
            for (String path : List.of("/api", "/api/v1", "/api/v1/me")) {
                HttpResponse<String> api = get(http, port, path);
                assertThat(api.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(api.body()).as(path).isEqualTo(ErrorBodies.problem(503, StartupResponder.DETAIL))
                        .contains("\"title\":\"Service Unavailable\"");
            }
            assertThat(get(http, port, "/scimx").headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).as("not SCIM's").startsWith("text/html"));
        });
    }

    /** A trimmed (jlink) runtime may lack the module the responder is built on: Payara starts as it would alone. */
    @Test
    void withoutTheHttpServerModuleStartsAsPayaraDoesAndSaysSoOnce() throws Exception {
        int port = freePort();
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--limit-modules", "java.base", "-cp", System.getProperty("java.class.path"),
                WithoutHttpServer.class.getName(), "--port", Integer.toString(port)).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(probe.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(probe.waitFor()).as(err).isZero();
        assertThat(out).isEqualTo("as Payara does");
        assertThat(err.lines()).singleElement().asString().contains("jdk.httpserver", Integer.toString(port));
    }

    private static void withSystemProperty(String name, String value, Runnable test) {
        String before = System.getProperty(name);
        System.setProperty(name, value);
        try {
            test.run();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }

    /**
     * Opens the start-up responder on a free port, runs the checks against it, closes it, and
     * checks that the port is free again for Payara's own listener.
     */
    private static void withResponder(ResponderCheck checks) throws Exception {
        int port = freePort();
        StartupResponder responder = StartupResponder.open(port);
        try {
            checks.run(HttpClient.newHttpClient(), port);
        } finally {
            responder.close();
        }
        try (ServerSocket again = new ServerSocket(port)) {
            assertThat(again.getLocalPort()).as("the port is free for Payara").isEqualTo(port);
        }
    }

    private interface ResponderCheck {
        void run(HttpClient http, int port) throws Exception;
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
