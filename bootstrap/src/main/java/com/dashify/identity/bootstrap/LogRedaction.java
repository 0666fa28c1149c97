package com.dashify.identity.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Keeps secrets out of the server log even at its most verbose levels, and clients from filling it.
 * At FINE and below, the HTTP layer dumps request headers (with {@code Authorization}) and form
 * bodies, and Faces logs the values it decodes (with passwords); a client that closes its
 * connection early costs a stack trace each time. The handlers of the root logger get a
 * {@link RedactingFilter} and a {@link ClientGoneFilter} when the application starts.
 */
@ApplicationScoped
public class LogRedaction {

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        install(Logger.getLogger(""));
    }

    /**
     * Adds the filters to each handler of the logger, in front of any filter it already has. The
     * redaction comes last, so that it also masks the line a {@link ClientGoneFilter} writes in
     * place of a trace, which quotes the failure's message.
     */
    static void install(Logger logger) {
        for (Handler handler : logger.getHandlers()) {
            if (!(handler.getFilter() instanceof RedactingFilter)) {
                handler.setFilter(new RedactingFilter(new ClientGoneFilter(handler.getFilter())));
            }
        }
    }
}
