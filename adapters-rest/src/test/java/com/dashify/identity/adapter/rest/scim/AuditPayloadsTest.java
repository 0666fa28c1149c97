package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.rest.scim.json.JsonBodies;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuditPayloadsTest {

    private static String redact(String json) {
        return AuditPayloads.redact(JsonBodies.parseObject(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void passwordsAreRemovedWhereverTheyAppear() {
        String redacted = redact("""
                {"userName":"a","password":"Hunter2!","nested":{"PassWord":"Hunter3!"},
                 "Operations":[{"op":"replace","path":"password","value":"Hunter4!"},
                               {"op":"replace","value":{"password":"Hunter5!","title":"t"}},
                               {"OP":"Replace","Path":"PASSWORD","Value":"Hunter6!"}]}
                """);

        assertThat(redacted).contains("\"userName\":\"a\"").contains("\"title\":\"t\"").contains("[redacted]")
                .doesNotContain("Hunter2!").doesNotContain("Hunter3!").doesNotContain("Hunter4!")
                .doesNotContain("Hunter5!").doesNotContain("Hunter6!");
    }
}
