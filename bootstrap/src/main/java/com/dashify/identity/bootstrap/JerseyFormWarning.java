package com.dashify.identity.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Jersey warns, for every request that claims a form body ({@code Content-Type:
 * application/x-www-form-urlencoded}) once the container has read its parameters, that form
 * parameters were consumed, and quotes the whole URI: anyone can make that line kilobytes long, as
 * often as they like. No resource here reads form parameters through Jersey, so the warning never
 * says anything about the service; only what Jersey logs as SEVERE is kept.
 */
@ApplicationScoped
public class JerseyFormWarning {

    /** Held here: a logger nobody references can be collected, and with it the level set on it. */
    private static final Logger WEB_COMPONENT = Logger.getLogger("org.glassfish.jersey.servlet.WebComponent");

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        WEB_COMPONENT.setLevel(Level.SEVERE);
    }
}
