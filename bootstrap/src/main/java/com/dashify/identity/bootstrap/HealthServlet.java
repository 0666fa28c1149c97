package com.dashify.identity.bootstrap;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The health checks for load balancers and orchestrators: {@code /health/live} answers 200 while
 * the process runs; {@code /health/ready} (and {@code /health}) answers 200 only when the schema
 * migrations completed and the database answers, else 503 with {@code Retry-After} and a reason
 * that names no URL and no credential, and 503 for good once the node drains before a stop
 * ({@link InFlightRequests}). (While the process starts, before the application is
 * deployed, the launcher answers the same way.) Mapped in {@code web.xml} to exactly
 * {@code /health} and {@code /health/*}, which also keeps Payara's own MicroProfile Health
 * endpoint off these paths.
 */
public class HealthServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Inject
    private SchemaMigrations migrations;

    @Inject
    private InFlightRequests requests;

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String check = request.getPathInfo() == null ? "/ready" : request.getPathInfo();
        switch (check) {
            case "/live" -> respond(response, HttpServletResponse.SC_OK, up());
            case "/ready", "/" -> ready(response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void ready(HttpServletResponse response) throws IOException {
        if (requests.isDraining()) {
            respond(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, down("stopping"));
            return;
        }
        if (!migrations.completed()) {
            respond(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    down(migrations.failure().orElse("schema migrations incomplete")));
            return;
        }
        String databaseProblem = databaseProblem(dataSource);
        if (databaseProblem != null) {
            respond(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, down(databaseProblem));
            return;
        }
        respond(response, HttpServletResponse.SC_OK, up());
    }

    /**
     * Null when a pooled connection answers, or when none came free because all are in use (the
     * database answers them: see {@link DatabaseAvailability}); else why not, without details that
     * could hold secrets. A database that stopped answering is logged once, by
     * {@link DatabaseAvailability}, not at every probe; any other failure is logged whole.
     */
    static String databaseProblem(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                DatabaseAvailability.answered();
                return null;
            }
            return "database connection is not valid";
        } catch (SQLException | RuntimeException e) {
            if (DatabaseAvailability.isPoolBusy(e)) {
                return null;
            }
            if (DatabaseAvailability.isGone(e)) {
                DatabaseAvailability.wentAway(e);
            } else {
                LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
            }
            String state = e instanceof SQLException sql ? sql.getSQLState() : null;
            return state == null ? "database unreachable" : "database unreachable (SQLState " + state + ")";
        }
    }

    private static JsonObject up() {
        return Json.createObjectBuilder().add("status", "UP").build();
    }

    private static JsonObject down(String reason) {
        return Json.createObjectBuilder().add("status", "DOWN").add("reason", reason).build();
    }

    private static void respond(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", Long.toString(DatabaseAvailability.RETRY_AFTER.toSeconds()));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
