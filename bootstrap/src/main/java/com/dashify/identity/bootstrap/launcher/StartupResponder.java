package com.dashify.identity.bootstrap.launcher;

import com.dashify.identity.bootstrap.envelope.ErrorBodies;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Answers on the service's HTTP port while Payara Micro starts and deploys the service, before
 * Payara's own listener opens: 503 with {@code Retry-After} to every request, in the form its
 * caller reads (a SCIM error, an RFC 9457 problem, the readiness JSON, a page), and 200 to
 * {@code /health/live}, as the process is alive. Without it the port answered with the
 * container's pages: 404 before the application was deployed, then 500 while it was. It needs the
 * JDK's {@code jdk.httpserver} module, which the launcher checks before it loads this class.
 */
final class StartupResponder implements AutoCloseable {

    static final int RETRY_AFTER_SECONDS = 5;
    static final String DETAIL = "The service is starting. Retry later.";
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Dashify is starting</title></head><body><h1>Dashify is starting</h1>"
            + "<p>Try again in a few seconds.</p></body></html>";

    private final HttpServer server;

    private StartupResponder(HttpServer server) {
        this.server = server;
    }

    /** Listens on {@code port} on every interface, as Payara's listener does. */
    static StartupResponder open(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/", StartupResponder::answer);
        server.start();
        return new StartupResponder(server);
    }

    /** Stops answering and frees the port, at once. */
    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/health/live")) {
            send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
        } else if (path.equals("/health") || path.startsWith("/health/")) {
            send(exchange, 503, "application/json", "{\"status\":\"DOWN\",\"reason\":\"starting\"}");
        } else {
            switch (ErrorBodies.Form.of(path)) {
                case SCIM -> send(exchange, 503, ErrorBodies.SCIM_JSON, ErrorBodies.scimError(503, DETAIL));
                case PROBLEM -> send(exchange, 503, ErrorBodies.PROBLEM_JSON, ErrorBodies.problem(503, DETAIL));
                case PAGE -> send(exchange, 503, "text/html", PAGE);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type + ";charset=UTF-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (status == 503) {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            }
            boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}
