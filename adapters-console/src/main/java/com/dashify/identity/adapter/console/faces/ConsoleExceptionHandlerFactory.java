package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Turns the two refusals Faces makes for its own CSRF defences into redirects rather than errors:
 * a post whose view state is missing, forged, replayed from another session or expired, and a
 * protected view opened without its token or from another site. Nothing of the request has run;
 * the browser starts again at the console's entry. A use case that finds the signed-in user no
 * longer active (deactivated while this request was on its way) sends the browser to the entry
 * too, where the guard signs it out.
 */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RedirectingHandler(getWrapped().getExceptionHandler());
    }

    /** Handles the refusals; leaves every other failure to the wrapped handler. */
    static final class RedirectingHandler extends ExceptionHandlerWrapper {

        RedirectingHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                 events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                String target = target(failure);
                if (target != null && !faces.getResponseComplete()) {
                    events.remove();
                    redirect(faces, target);
                }
            }
            getWrapped().handle();
        }

        private static String target(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ProtectedViewException) {
                    // The entry page then offers a link, which carries the token and our own Referer.
                    return "/admin/index.xhtml?refused=true";
                }
                if (cause instanceof ViewExpiredException || cause instanceof AuthenticationFailedException) {
                    return "/admin/";
                }
            }
            return null;
        }

        private static void redirect(FacesContext faces, String target) {
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + target);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
