package com.dashify.identity.adapter.console.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.console.sso.OidcClient.ProviderException;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProviderNetworkTest {

    private final ProviderNetwork production = new ProviderNetwork(false);

    @Test
    void refusesPlainHttpAndPrivateAddressesUnlessAllowed() {
        assertThatThrownBy(() -> production.check(URI.create("http://idp.example.com/token"), "token endpoint"))
                .isInstanceOf(ProviderException.class).hasMessageContaining("not https");
        assertThatThrownBy(() -> production.check(URI.create("https://127.0.0.1:4848/"), "issuer"))
                .isInstanceOf(ProviderException.class).hasMessageContaining("private address");
        assertThatThrownBy(() -> production.check(URI.create("https://localhost/"), "issuer"))
                .isInstanceOf(ProviderException.class).hasMessageContaining("private address");
        assertThatThrownBy(() -> production.check(URI.create("https://10.1.2.3/jwks"), "JWKS URI"))
                .isInstanceOf(ProviderException.class);
        assertThatThrownBy(() -> production.check(URI.create("https://169.254.169.254/latest"), "token endpoint"))
                .as("the cloud metadata address").isInstanceOf(ProviderException.class);
        assertThatCode(() -> new ProviderNetwork(true).check(URI.create("http://localhost:8081/default"), "issuer"))
                .doesNotThrowAnyException();
    }

    @Test
    void knowsPrivateFromPublicAddresses() throws Exception {
        assertThat(ProviderNetwork.isPrivate(InetAddress.getByName("192.168.1.10"))).isTrue();
        assertThat(ProviderNetwork.isPrivate(InetAddress.getByName("fd12:3456::1"))).isTrue();
        assertThat(ProviderNetwork.isPrivate(InetAddress.getByName("::1"))).isTrue();
        assertThat(ProviderNetwork.isPrivate(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(ProviderNetwork.isPrivate(InetAddress.getByName("2606:4700::1111"))).isFalse();
    }
}
