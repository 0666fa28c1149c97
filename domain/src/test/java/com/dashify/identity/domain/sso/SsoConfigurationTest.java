package com.dashify.identity.domain.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.tenant.TenantId;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SsoConfigurationTest {

    private static SsoConfiguration withIssuer(String issuer) {
        return new SsoConfiguration(TenantId.newId(), SsoConfiguration.issuerOf(issuer), "dashify", "s3cret",
                "preferred_username", "groups");
    }

    @Test
    void httpsIssuersAndLoopbackForTestingAreAccepted() {
        assertThat(withIssuer("https://acme.okta.com/oauth2/default").issuerId())
                .isEqualTo("https://acme.okta.com/oauth2/default");
        assertThat(withIssuer("http://localhost:8081/acme").issuer()).isEqualTo(URI.create("http://localhost:8081/acme"));
    }

    @Test
    void plainHttpQueriesAndNonsenseAreRefused() {
        for (String bad : new String[] {"http://idp.example.com", "https://idp.example.com/?tenant=1",
            "https://idp.example.com/#x", "ftp://idp.example.com", "idp.example.com", "https://user@idp.example.com",
            "https://exa mple.com"}) {
            assertThatThrownBy(() -> withIssuer(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void theSecretNeverAppearsInText() {
        assertThat(withIssuer("https://login.microsoftonline.com/t/v2.0").toString()).doesNotContain("s3cret");
    }
}
