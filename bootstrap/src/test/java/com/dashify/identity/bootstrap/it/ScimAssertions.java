package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** Assertions on SCIM responses shared by the integration tests. */
final class ScimAssertions {

    private ScimAssertions() {
    }

    /** A SCIM error (RFC 7644 §3.12) with this status and scimType (null: none), and nothing internal. */
    static JsonObject assertScimError(DashifyServer.Response response, int status, String scimType) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/scim+json"));
        JsonObject error = ScimClient.json(response.body());
        assertThat(error.getJsonArray("schemas").getString(0))
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.getString("status")).isEqualTo(Integer.toString(status));
        if (scimType == null) {
            assertThat(error.containsKey("scimType")).as(response.body()).isFalse();
        } else {
            assertThat(error.getString("scimType")).isEqualTo(scimType);
        }
        assertThat(response.body()).doesNotContainPattern(ServerLog.INTERNALS)
                .doesNotContain("com.dashify").doesNotContain("SQL").doesNotContain("org.eclipse");
        return error;
    }

    /** A ListResponse with this total, returning it. */
    static JsonObject assertList(DashifyServer.Response response, int totalResults) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonObject list = ScimClient.json(response.body());
        assertThat(list.getJsonArray("schemas").getString(0))
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        assertThat(list.getInt("totalResults")).as(response.body()).isEqualTo(totalResults);
        assertThat(list.containsKey("Resources")).isTrue();
        assertThat(list.getInt("itemsPerPage")).isEqualTo(list.getJsonArray("Resources").size());
        return list;
    }
}
