package com.dashify.identity.bootstrap.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

    @Test
    void aProblemHasTypeTitleStatusAndDetail() {
        JsonObject problem = parse(ErrorBodies.problem(404, "The request could not be processed."));

        assertThat(problem.keySet()).containsExactly("type", "title", "status", "detail");
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo("Not Found");
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("detail")).isEqualTo("The request could not be processed.");
    }

    @Test
    void aScimErrorHasItsSchemaAndTheStatusAsAString() {
        JsonObject error = parse(ErrorBodies.scimError(503, "Retry later."));

        assertThat(error.keySet()).containsExactly("schemas", "status", "detail");
        assertThat(error.getJsonArray("schemas").getString(0)).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.getString("status")).isEqualTo("503");
        assertThat(ErrorBodies.SCIM_JSON).isEqualTo("application/scim+json");
    }

    /** The API's own problems take their titles from JAX-RS; these must read the same. */
    @Test
    void titlesAreTheApisReasonPhrases() {
        for (int status : List.of(400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 429, 500, 503)) {
            assertThat(ErrorBodies.title(status)).isEqualTo(Response.Status.fromStatusCode(status).getReasonPhrase());
        }
        assertThat(ErrorBodies.title(418)).isEqualTo("Error");
    }

    @Test
    void aDetailIsOneJsonStringWhateverItHolds() {
        String detail = "quote \" backslash \\ line\nbreak \u0001 é";

        assertThat(parse(ErrorBodies.problem(400, detail)).getString("detail")).isEqualTo(detail);
        assertThat(parse(ErrorBodies.scimError(400, detail)).getString("detail")).isEqualTo(detail);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
