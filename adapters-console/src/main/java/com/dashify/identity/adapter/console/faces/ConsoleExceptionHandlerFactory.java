package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.adapter.console.ErrorPages;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.port.in.UnavailableException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the console's Faces pages answer when a request fails, so that no failure reaches the
 * container (whose page names the exception, and whose log gets its stack trace):
 * <ul>
 * <li>the two refusals Faces makes for its own CSRF defences become redirects: a post whose view
 * state is missing, forged, replayed from another session or expired, and a protected view opened
 * without its token or from another site. Nothing of the request has run; the browser starts again
 * at the console's entry. A use case that finds the signed-in user no longer active (deactivated
 * while this request was on its way) sends the browser to the entry too, where the guard signs it
 * out;</li>
 * <li>a page that does not exist is 404, and a post Faces refuses to restore a page from (a view
 * state of another kind than the page's) is 400: the service's own page, and one line of log;</li>
 * <li>a database that does not answer is 503 with {@code Retry-After}, in whatever phase;</li>
 * <li>anything else is 500, the service's own page with a reference, logged with its trace, in
 * whatever phase too: a fault of the service while a view is restored is no fault of the request.</li>
 * </ul>
 */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ConsoleExceptionHandler(getWrapped().getExceptionHandler());
    }

    /** Handles every failure; the wrapped handler only sees what is left once the response is complete. */
    static final class ConsoleExceptionHandler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(ConsoleExceptionHandlerFactory.class.getName());

        ConsoleExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                 events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                events.remove();
                if (faces.getResponseComplete()) {
                    // Answered already (by a first failure of this request): the rest is logged only.
                    LOG.log(Level.FINE, "further failure of a request already answered", failure);
                    continue;
                }
                Optional<UnavailableException> unavailable = ErrorPages.causeOf(failure, UnavailableException.class);
                if (unavailable.isPresent()) {
                    // The database went between the session guard's check and the page's action.
                    answerUnavailable(faces, unavailable.get());
                    continue;
                }
                String target = target(failure);
                if (target != null) {
                    redirect(faces, target);
                } else {
                    answerWithErrorPage(faces, failure);
                }
            }
            getWrapped().handle();
        }

        private static void answerUnavailable(FacesContext faces, UnavailableException unavailable) {
            ExternalContext external = faces.getExternalContext();
            try {
                ErrorPages.unavailable((HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(), unavailable);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        private static String target(Throwable failure) {
            if (ErrorPages.causeOf(failure, ProtectedViewException.class).isPresent()) {
                // The entry page then offers a link, which carries the token and our own Referer.
                return "/admin/index.xhtml?refused=true";
            }
            if (ErrorPages.causeOf(failure, ViewExpiredException.class).isPresent()
                    || ErrorPages.causeOf(failure, AuthenticationFailedException.class).isPresent()) {
                return "/admin/";
            }
            return null;
        }

        private static void answerWithErrorPage(FacesContext faces, Throwable failure) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String reference = ErrorPages.newReference();
            int status = status(faces, request, failure);
            String what = request.getMethod() + " " + request.getRequestURI();
            if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
                LOG.log(Level.SEVERE, "Console request " + what + " failed, reference " + reference, failure);
            } else {
                // The client's doing, and anyone can send it: a line, without the trace.
                LOG.info(() -> "Console request " + what + " refused with " + status + ", reference " + reference
                        + ": " + failure.getMessage());
            }
            try {
                ErrorPages.render(request, (HttpServletResponse) external.getResponse(), status, reference);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        /**
         * 404 for a page that does not exist; 400 for a post whose page Faces refused to restore
         * from what it sent; else 500.
         */
        private static int status(FacesContext faces, HttpServletRequest request, Throwable failure) {
            String viewId = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            if (faces.getApplication().getResourceHandler().createViewResource(faces, viewId) == null) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
            if (faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW && refusedByFaces(failure)) {
                return HttpServletResponse.SC_BAD_REQUEST;
            }
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }

        /**
         * Whether Faces itself refused the request: its refusals (Mojarra's "Unable to restore view"
         * for a stateless view state posted to a page that keeps state) are {@link FacesException}s
         * of their own, with no cause; a failure of something Faces called (a bug, a library) is
         * wrapped, and its root is no {@code FacesException}.
         */
        private static boolean refusedByFaces(Throwable failure) {
            Throwable root = failure;
            for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
                root = root.getCause();
            }
            return root instanceof FacesException;
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
