package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Settings settings(Map<String, String> properties, Map<String, String> environment) {
        return new Settings(properties::get, environment::get);
    }

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverDefault() {
        Settings both = settings(Map.of("dashify.db.url", "jdbc:postgresql://a/b"),
                Map.of("DASHIFY_DB_URL", "jdbc:postgresql://c/d"));
        Settings environmentOnly = settings(Map.of(), Map.of("DASHIFY_DB_URL", "jdbc:postgresql://c/d"));

        assertThat(both.dbUrl()).isEqualTo("jdbc:postgresql://a/b");
        assertThat(environmentOnly.dbUrl()).isEqualTo("jdbc:postgresql://c/d");
    }

    @Test
    void defaultIsAnH2FileInTheDataDirectoryMadeAbsolute() {
        Settings defaults = settings(Map.of(), Map.of());
        Settings relativeDataDir = settings(Map.of(), Map.of("DASHIFY_DATA_DIR", "var/dashify"));

        assertThat(defaults.dbUrl()).isEqualTo("jdbc:h2:file:" + Path.of("data", "dashify").toAbsolutePath());
        assertThat(defaults.dbUser()).isEqualTo("sa");
        assertThat(defaults.dbPassword()).isEmpty();
        assertThat(relativeDataDir.dbUrl())
                .isEqualTo("jdbc:h2:file:" + Path.of("var/dashify/dashify").toAbsolutePath());
    }

    @Test
    void auditRecordsAreKeptForeverUnlessARetentionInDaysIsGiven() {
        assertThat(settings(Map.of(), Map.of()).auditRetention()).isEmpty();
        assertThat(settings(Map.of(), Map.of("DASHIFY_AUDIT_RETENTION_DAYS", " 400 ")).auditRetention())
                .contains(Duration.ofDays(400));
        for (String wrong : new String[] {"0", "-1", "1.5", "a year", "36501"}) {
            assertThatThrownBy(() -> settings(Map.of(), Map.of("DASHIFY_AUDIT_RETENTION_DAYS", wrong)).auditRetention())
                    .as(wrong).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep audit records forever");
        }
    }

    @Test
    void userDefaultsToNoneForPostgres() {
        Settings postgres = settings(Map.of(), Map.of("DASHIFY_DB_URL", "jdbc:postgresql://db/dashify"));

        assertThat(postgres.dbUser()).isEmpty();
    }

    @Test
    void blankCountsAsUnset() {
        Settings blank = settings(Map.of("dashify.db.url", " "),
                Map.of("DASHIFY_DB_URL", "", "DASHIFY_OPERATOR_TOKEN", ""));

        assertThat(blank.dbUrl()).startsWith("jdbc:h2:file:");
        assertThat(blank.operatorToken()).isEmpty();
    }

    @Test
    void operatorTokenHasNoDefault() {
        assertThat(settings(Map.of(), Map.of()).operatorToken()).isEmpty();
        assertThat(settings(Map.of(), Map.of("DASHIFY_OPERATOR_TOKEN", "secret")).operatorToken()).contains("secret");
    }

    @Test
    void passkeysDefaultToLocalhostOrToHttpsOfTheConfiguredDomain() {
        Settings defaults = settings(Map.of(), Map.of());
        Settings domain = settings(Map.of(), Map.of("DASHIFY_WEBAUTHN_RP_ID", "dashify.example.com"));
        Settings listed = settings(Map.of(), Map.of("DASHIFY_WEBAUTHN_RP_ID", "example.com",
                "DASHIFY_WEBAUTHN_ORIGINS", "https://a.example.com, https://b.example.com:8443,"));

        assertThat(defaults.webAuthnRpId()).isEqualTo("localhost");
        assertThat(defaults.webAuthnOrigins()).containsExactly("http://localhost:8080");
        assertThat(domain.webAuthnOrigins()).containsExactly("https://dashify.example.com");
        assertThat(listed.webAuthnOrigins()).containsExactly("https://a.example.com", "https://b.example.com:8443");
    }
}
