package com.dashify.identity.bootstrap;

import com.dashify.identity.adapter.console.sso.ProviderNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;

/** Offers where SSO providers may be, from {@link Settings#SSO_ALLOW_PRIVATE_NETWORK}. */
@ApplicationScoped
public class ProviderNetworkProducer {

    private static final Logger LOG = Logger.getLogger(ProviderNetworkProducer.class.getName());

    @Produces
    @Singleton
    public ProviderNetwork providerNetwork() {
        boolean allowPrivate = Settings.current().ssoAllowPrivateNetwork();
        if (allowPrivate) {
            LOG.warning(() -> Settings.SSO_ALLOW_PRIVATE_NETWORK + " is true: SSO providers may be on private"
                    + " addresses and plain http. Use it for testing only.");
        }
        return new ProviderNetwork(allowPrivate);
    }
}
