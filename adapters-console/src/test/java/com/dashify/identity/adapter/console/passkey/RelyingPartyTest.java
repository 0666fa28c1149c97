package com.dashify.identity.adapter.console.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelyingPartyTest {

    @Test
    void originsWithinTheIdAreNormalisedAndAllowedExactly() {
        RelyingParty party = new RelyingParty("Example.COM", "Dashify",
                List.of("https://Dashify.Example.com", "https://example.com:8443/"));

        assertThat(party.id()).isEqualTo("example.com");
        assertThat(party.origins()).containsExactly("https://dashify.example.com", "https://example.com:8443");
        assertThat(party.allows("https://DASHIFY.example.com")).isTrue();
        assertThat(party.allows("https://example.com")).as("another port is another origin").isFalse();
        assertThat(party.allows("https://evil-example.com")).isFalse();
        assertThat(party.allows(null)).isFalse();
    }

    @Test
    void plainHttpOnlyOnLocalhost() {
        assertThat(new RelyingParty("localhost", "Dashify", List.of("http://localhost:8080")).origins())
                .containsExactly("http://localhost:8080");
        assertThatThrownBy(() -> new RelyingParty("example.com", "Dashify", List.of("http://example.com")))
                .hasMessageContaining("https");
    }

    @Test
    void refusesOriginsOutsideTheIdAndThingsThatAreNotOrigins() {
        assertThatThrownBy(() -> new RelyingParty("example.com", "Dashify", List.of("https://example.org")))
                .hasMessageContaining("not within");
        assertThatThrownBy(() -> new RelyingParty("example.com", "Dashify", List.of("https://notexample.com")))
                .hasMessageContaining("not within");
        assertThatThrownBy(() -> new RelyingParty("example.com", "Dashify", List.of("https://example.com/app")))
                .hasMessageContaining("scheme, host and port only");
        assertThatThrownBy(() -> new RelyingParty("https://example.com", "Dashify", List.of("https://example.com")))
                .hasMessageContaining("domain name");
        assertThatThrownBy(() -> new RelyingParty("example.com", "Dashify", List.of()))
                .hasMessageContaining("at least one");
    }
}
