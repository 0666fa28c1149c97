package com.dashify.identity.adapter.rest.scim.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScimObjectTest {

    @Test
    void scimObjectNamesIgnoreCaseAndKeepTheirFirstSpelling() {
        ScimObject object = ScimObject.fromJson(JsonBodies.parseObject(
                "{\"userName\":\"a\",\"x\":null}".getBytes(StandardCharsets.UTF_8)));

        assertThat(object.get("USERNAME")).isEqualTo("a");
        assertThat(object.has("x")).isFalse();
        object.put("username", "b");
        assertThat(object.names()).containsExactly("userName");
        assertThat(object.toJson().getString("userName")).isEqualTo("b");
    }
}
