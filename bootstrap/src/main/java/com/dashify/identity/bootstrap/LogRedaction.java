package com.dashify.identity.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Keeps secrets out of the server log even at its most verbose levels. At FINE and below, the HTTP
 * layer dumps request headers (with {@code Authorization}) and form bodies, and Faces logs the
 * values it decodes (with passwords): the handlers of the root logger get a {@link RedactingFilter}
 * when the application starts.
 */
@ApplicationScoped
public class LogRedaction {

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        install(Logger.getLogger(""));
    }

    /** Adds the filter to each handler of the logger, in front of any filter it already has. */
    static void install(Logger logger) {
        for (Handler handler : logger.getHandlers()) {
            if (!(handler.getFilter() instanceof RedactingFilter)) {
                handler.setFilter(new RedactingFilter(handler.getFilter()));
            }
        }
    }
}
