package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Neither API describes itself: there is no WADL, and OPTIONS names the methods a resource allows
 * (its {@code Allow} header) and nothing else, so the operator's endpoints stay unlisted.
 */
@ExtendWith(DashifyServer.Extension.class)
class ApiDescriptionIT {

    @Test
    void theApiHasNoWadl(DashifyServer server) {
        for (String path : new String[] {"/api/v1/application.wadl", "/api/v1/application.wadl?detail=true"}) {
            DashifyServer.Response anonymous = server.get(path);
            DashifyServer.Response operator = server.send("GET", path,
                    Map.of("Authorization", "Bearer " + server.operatorToken()), null);

            for (DashifyServer.Response answer : new DashifyServer.Response[] {anonymous, operator}) {
                assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(404);
                assertThat(answer.header("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.body()).doesNotContain("tenants", "wadl");
            }
        }
    }

    @Test
    void scimHasNoWadl(DashifyServer server) {
        ScimClient directory = ScimClient.forNewTenant(server);

        // Accepting anything: Jersey serves its WADL as XML, so a SCIM Accept header alone would get 406.
        DashifyServer.Response wadl = directory.send("GET", "/application.wadl", null, Map.of("Accept", "*/*"));

        assertThat(wadl.status()).as(wadl.body()).isEqualTo(404);
        assertThat(wadl.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(ScimClient.SCIM_JSON));
        assertThat(wadl.body()).doesNotContain("wadl", "Users");
    }

    @Test
    void optionsNamesTheAllowedMethodsAndDescribesNothing(DashifyServer server) {
        ScimClient directory = ScimClient.forNewTenant(server);
        DashifyServer.Response[] answers = {
            server.send("OPTIONS", "/api/v1/tokens", Map.of(), null),
            server.send("OPTIONS", "/api/v1/tenants", Map.of(), null),
            server.send("OPTIONS", "/api/v1/tenants/" + directory.tenantId() + "/tokens",
                    Map.of("Authorization", "Bearer " + server.operatorToken()), null),
            directory.send("OPTIONS", "/Users", null, Map.of()),
            directory.send("OPTIONS", "/Users/" + directory.adminId(), null, Map.of()),
        };

        for (DashifyServer.Response answer : answers) {
            assertThat(answer.status()).as(answer.body()).isBetween(200, 204);
            assertThat(answer.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("OPTIONS"));
            assertThat(answer.header("Content-Type").orElse(""))
                    .doesNotContain("wadl").doesNotContain("xml");
            assertThat(answer.body()).doesNotContain("<", "tenants", "audit", "Users");
        }
    }
}
