package com.dashify.identity.adapter.rest.http;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RequestLinesTest {

    @Test
    void aRequestLineIsWhatAJsonObjectOfItsMethodAndPathPrints() {
        String path = "/scim/v2/Users/\"quoted\"\\back\u0001slash/ü✓";

        String line = RequestLines.json("PATCH", path);

        assertThat(line).isEqualTo(JSON.createObjectBuilder().add("method", "PATCH").add("path", path).build()
                .toString());
        JsonObject parsed = JSON.createReader(new StringReader(line)).readObject();
        assertThat(parsed.getString("path")).isEqualTo(path);
        assertThat(parsed.getString("method")).isEqualTo("PATCH");
    }
}
