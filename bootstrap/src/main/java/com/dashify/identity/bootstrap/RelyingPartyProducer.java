package com.dashify.identity.bootstrap;

import com.dashify.identity.adapter.console.passkey.RelyingParty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;

/**
 * Offers the passkeys' relying party from {@link Settings#WEBAUTHN_RP_ID} and
 * {@link Settings#WEBAUTHN_ORIGINS}. It is read at startup, so a wrong setting stops the deployment
 * with a message that says what is wrong, rather than failing the first passkey.
 */
@ApplicationScoped
public class RelyingPartyProducer {

    private static final Logger LOG = Logger.getLogger(RelyingPartyProducer.class.getName());

    private RelyingParty relyingParty;

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        relyingParty();
    }

    @Produces
    @Singleton
    public synchronized RelyingParty relyingParty() {
        if (relyingParty == null) {
            Settings settings = Settings.current();
            try {
                relyingParty = new RelyingParty(settings.webAuthnRpId(), "Dashify", settings.webAuthnOrigins());
            } catch (IllegalArgumentException wrong) {
                throw new IllegalStateException(Settings.WEBAUTHN_RP_ID + " / " + Settings.WEBAUTHN_ORIGINS
                        + ": " + wrong.getMessage(), wrong);
            }
            LOG.info(() -> "passkeys: relying party " + relyingParty.id() + ", origins " + relyingParty.origins());
        }
        return relyingParty;
    }
}
