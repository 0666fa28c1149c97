package com.dashify.identity.adapter.rest.scim.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class BulkRequestTest {

    private static final String USER = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"ada@example.com\"}";

    static BulkRequest read(String operations) {
        return read(null, operations);
    }

    static BulkRequest read(String failOnErrors, String operations) {
        return BulkRequest.read(JsonBodies.parseObject(("{\"schemas\":[\"" + BulkRequest.URN + "\"],"
                + (failOnErrors == null ? "" : "\"failOnErrors\":" + failOnErrors + ",")
                + "\"Operations\":[" + operations + "]}").getBytes(StandardCharsets.UTF_8)));
    }

    private static void refused(String operations, int status, String scimType, String detail) {
        assertThatThrownBy(() -> read(operations)).isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.scimType()).isEqualTo(scimType);
            assertThat(e.getMessage()).contains(detail);
        });
    }

    @Test
    void readsEachOperationAsTheSingleRequestItStandsFor() {
        BulkRequest request = read("2", """
                {"method":"POST","path":"/Users","bulkId":"ada","data":%s},
                {"method":"patch","path":"/Groups/bulkId:eng","version":"W/\\"3\\"","data":{"Operations":[]}},
                {"method":"DELETE","path":"Users/2819c223-7f76-453a-919d-413861904646"}""".formatted(USER));

        assertThat(request.failOnErrors()).isEqualTo(2);
        assertThat(request.operations()).hasSize(3);
        BulkOperation create = request.operations().get(0);
        assertThat(create.method()).isEqualTo(BulkMethod.POST);
        assertThat(create.resourceType()).isEqualTo("Users");
        assertThat(create.id()).isNull();
        assertThat(create.bulkId()).isEqualTo("ada");
        assertThat(create.data().getString("userName")).isEqualTo("ada@example.com");
        BulkOperation patch = request.operations().get(1);
        assertThat(patch.method()).isEqualTo(BulkMethod.PATCH);
        assertThat(patch.path()).isEqualTo("/Groups/bulkId:eng");
        assertThat(patch.version()).isEqualTo("W/\"3\"");
        BulkOperation delete = request.operations().get(2);
        assertThat(delete.index()).isEqualTo(2);
        assertThat(delete.id()).isEqualTo("2819c223-7f76-453a-919d-413861904646");
        assertThat(delete.data()).isNull();
    }

    @Test
    void withoutFailOnErrorsEveryOperationIsTried() {
        assertThat(read("").failOnErrors()).isNull();
        assertThat(read("").operations()).isEmpty();
    }

    @Test
    void aBodyThatIsNoBulkRequestIsRefused() {
        assertThatThrownBy(() -> BulkRequest.read(JsonBodies.parseObject(
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[]}"
                        .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidSyntax"))
                .hasMessageContaining(BulkRequest.URN);
        assertThatThrownBy(() -> BulkRequest.read(JsonBodies.parseObject(
                ("{\"schemas\":[\"" + BulkRequest.URN + "\"],\"Operations\":{}}").getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("\"Operations\" must be an array");
    }

    @Test
    void badOperationsRefuseTheWholeRequestWithTheirPosition() {
        refused("{\"method\":\"GET\",\"path\":\"/Users/1\"}", 400, "invalidValue", "Operation 1 has the method 'GET'");
        refused("{\"method\":\"POST\",\"path\":\"/Tenants\",\"bulkId\":\"a\",\"data\":{}}", 400, "invalidPath",
                "/Users, /Users/{id}, /Groups and /Groups/{id}");
        refused("{\"method\":\"POST\",\"path\":\"/Users/../Tenants\",\"bulkId\":\"a\",\"data\":{}}", 400,
                "invalidPath", "Operation 1 has the path");
        refused("{\"method\":\"POST\",\"path\":\"/Users\",\"data\":" + USER + "}", 400, "invalidValue",
                "a POST without a \"bulkId\"");
        refused("{\"method\":\"POST\",\"path\":\"/Users/1\",\"bulkId\":\"a\",\"data\":{}}", 400, "invalidPath",
                "must be /Users or /Groups");
        refused("{\"method\":\"PUT\",\"path\":\"/Users\",\"data\":{}}", 400, "invalidPath", "must name a resource");
        refused("{\"method\":\"PATCH\",\"path\":\"/Users/1\"}", 400, "invalidSyntax", "without \"data\"");
        refused("{\"method\":\"PUT\",\"path\":\"/Users/1\",\"data\":[1]}", 400, "invalidSyntax", "not an object");
        refused("{\"method\":1,\"path\":\"/Users/1\"}", 400, "invalidSyntax", "\"method\" that is not a string");
        refused("{\"method\":\"DELETE\",\"path\":\"/Users/1\",\"version\":3}", 400, "invalidSyntax",
                "\"version\" that is not a string");
        refused("{\"path\":\"/Users/1\"}", 400, "invalidSyntax", "has no \"method\"");
        refused("{\"method\":\"DELETE\",\"path\":\"/Users/1\"}, 7", 400, "invalidSyntax",
                "Operation 2 is not an object");
    }

    @Test
    void failOnErrorsMustBeAPositiveInteger() {
        for (String wrong : new String[] {"0", "-1", "1.5", "\"1\"", "true"}) {
            assertThatThrownBy(() -> read(wrong, "")).as(wrong).isInstanceOfSatisfying(ScimException.class,
                    e -> assertThat(e.scimType()).isEqualTo("invalidValue"));
        }
        assertThat(read("99999999999", "").failOnErrors()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void moreThanMaxOperationsIs413() {
        String delete = "{\"method\":\"DELETE\",\"path\":\"/Users/1\"}";
        String many = String.join(",", Collections.nCopies(BulkRequest.MAX_OPERATIONS + 1, delete));
        assertThatThrownBy(() -> read(many)).isInstanceOfSatisfying(ScimException.class,
                e -> assertThat(e.status()).isEqualTo(413)).hasMessageContaining("at most 1000");
        assertThat(read(String.join(",", Collections.nCopies(BulkRequest.MAX_OPERATIONS, delete)))
                .operations()).hasSize(BulkRequest.MAX_OPERATIONS);
    }
}
