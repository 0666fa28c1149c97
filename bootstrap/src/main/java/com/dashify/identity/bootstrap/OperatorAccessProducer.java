package com.dashify.identity.bootstrap;

import com.dashify.identity.adapter.rest.api.OperatorAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.logging.Logger;

/**
 * Offers the operator credential from {@link Settings#OPERATOR_TOKEN} to the REST adapter. A
 * token too short to be safe closes the operator API, as no token does, and says so in the log.
 */
@ApplicationScoped
public class OperatorAccessProducer {

    private static final Logger LOG = Logger.getLogger(OperatorAccessProducer.class.getName());

    /** Read once: the setting cannot change while the process runs. */
    @Produces
    @Singleton
    public OperatorAccess operatorAccess() {
        String token = Settings.current().operatorToken().orElse(null);
        if (token == null) {
            LOG.info(() -> Settings.OPERATOR_TOKEN + " is not set: the operator API is closed");
            return new OperatorAccess(null);
        }
        try {
            return new OperatorAccess(token);
        } catch (IllegalArgumentException tooShort) {
            LOG.severe(() -> Settings.OPERATOR_TOKEN + " is refused (" + tooShort.getMessage()
                    + "): the operator API is closed");
            return new OperatorAccess(null);
        }
    }
}
