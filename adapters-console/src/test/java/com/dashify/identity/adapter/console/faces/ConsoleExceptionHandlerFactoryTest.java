package com.dashify.identity.adapter.console.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.console.faces.ConsoleExceptionHandlerFactory.ConsoleExceptionHandler;
import com.dashify.identity.application.common.port.in.UnavailableException;
import jakarta.faces.FacesException;
import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.SystemEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsoleExceptionHandlerFactoryTest {

    private final Logger log = Logger.getLogger(ConsoleExceptionHandlerFactory.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
        Faces.forget();
    }

    @Test
    void aFaultOfTheServiceWhileAViewIsRestoredIsA500WithItsTrace() {
        Answer answer = handle(PhaseId.RESTORE_VIEW, new FacesException(new NullPointerException("a bug")));

        assertThat(answer.status).isEqualTo(500);
        assertThat(answer.body.toString()).contains("Something went wrong").contains("Reference: ");
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isNotNull();
        });
    }

    @Test
    void aFaultOfTheServiceInAnActionIsA500WithItsTrace() {
        Answer answer = handle(PhaseId.INVOKE_APPLICATION, new FacesException(new IllegalStateException("a bug")));

        assertThat(answer.status).isEqualTo(500);
        assertThat(logged).singleElement().satisfies(record -> assertThat(record.getThrown()).isNotNull());
    }

    @Test
    void aViewStateFacesRefusesToRestoreIsA400WithALineOfLog() {
        // Mojarra's answer to a stateless view state posted to a page that keeps state.
        Answer answer = handle(PhaseId.RESTORE_VIEW, new FacesException("Unable to restore view /admin/tokens.xhtml"));

        assertThat(answer.status).isEqualTo(400);
        assertThat(answer.body.toString()).contains("Reference: ").doesNotContain("Unable to restore");
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.INFO);
            assertThat(record.getThrown()).isNull();
        });
    }

    @Test
    void aDatabaseThatDoesNotAnswerWhileAViewIsRestoredIsA503() {
        Answer answer = handle(PhaseId.RESTORE_VIEW, new FacesException(
                new UnavailableException(false, Duration.ofSeconds(5), null)));

        assertThat(answer.status).isEqualTo(503);
        assertThat(answer.headers).containsEntry("Retry-After", "5");
        assertThat(answer.body.toString()).contains("nothing was changed");
        assertThat(logged).isEmpty();
    }

    @Test
    void anExpiredViewStartsAgainAtTheConsolesEntry() {
        Answer answer = handle(PhaseId.RESTORE_VIEW, new ViewExpiredException("/admin/tokens.xhtml"));

        assertThat(answer.redirectedTo).isEqualTo("/admin/");
        assertThat(answer.body.toString()).isEmpty();
        assertThat(logged).isEmpty();
    }

    /** What the handler answered. */
    private static final class Answer {
        int status = HttpServletResponse.SC_OK;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        String redirectedTo;
    }

    /** Runs the handler on one failure of a POST to {@code /admin/tokens.xhtml} (a page that exists) in {@code phase}. */
    private static Answer handle(PhaseId phase, Throwable failure) {
        Answer answer = new Answer();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                ConsoleExceptionHandlerFactoryTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getRequestURI", "getServletPath" -> "/admin/tokens.xhtml";
                    case "getPathInfo", "getContentType" -> null;
                    case "getContextPath" -> "";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        PrintWriter writer = new PrintWriter(answer.body);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                ConsoleExceptionHandlerFactoryTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> false;
                    case "setStatus" -> {
                        answer.status = (Integer) args[0];
                        yield null;
                    }
                    case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                    case "reset", "setContentType", "setCharacterEncoding" -> null;
                    case "getWriter" -> writer;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Faces faces = new Faces(phase, request, response);
        faces.makeCurrent();
        Queue queue = new Queue();
        queue.events.add(new ExceptionQueuedEvent(new ExceptionQueuedEventContext(faces, failure)));

        new ConsoleExceptionHandler(queue).handle();

        writer.flush();
        answer.redirectedTo = faces.external.redirectedTo;
        assertThat(faces.complete).as("the response is complete").isTrue();
        return answer;
    }

    /** A Faces request, as far as the handler uses one. */
    private static final class Faces extends FacesContextWrapper {
        private final PhaseId phase;
        final ServletExchange external;
        private final Application application;
        boolean complete;

        Faces(PhaseId phase, HttpServletRequest request, HttpServletResponse response) {
            super(null);
            this.phase = phase;
            this.external = new ServletExchange(request, response);
            ResourceHandler resources = new ResourceHandlerWrapper(null) {
                @Override
                public ViewResource createViewResource(FacesContext context, String viewId) {
                    return new ViewResource() {
                        @Override
                        public URL getURL() {
                            return null;
                        }
                    };
                }
            };
            this.application = new ApplicationWrapper(null) {
                @Override
                public ResourceHandler getResourceHandler() {
                    return resources;
                }
            };
        }

        void makeCurrent() {
            setCurrentInstance(this);
        }

        static void forget() {
            setCurrentInstance(null);
        }

        @Override
        public PhaseId getCurrentPhaseId() {
            return phase;
        }

        @Override
        public ExternalContext getExternalContext() {
            return external;
        }

        @Override
        public Application getApplication() {
            return application;
        }

        @Override
        public boolean getResponseComplete() {
            return complete;
        }

        @Override
        public void responseComplete() {
            complete = true;
        }
    }

    /** The handler Faces would have wrapped: it only holds the queued failures. */
    private static final class Queue extends ExceptionHandler {
        final List<ExceptionQueuedEvent> events = new ArrayList<>();

        @Override
        public void handle() {
        }

        @Override
        public ExceptionQueuedEvent getHandledExceptionQueuedEvent() {
            return null;
        }

        @Override
        public Iterable<ExceptionQueuedEvent> getUnhandledExceptionQueuedEvents() {
            return events;
        }

        @Override
        public Iterable<ExceptionQueuedEvent> getHandledExceptionQueuedEvents() {
            return List.of();
        }

        @Override
        public void processEvent(SystemEvent event) {
        }

        @Override
        public boolean isListenerForSource(Object source) {
            return false;
        }

        @Override
        public Throwable getRootCause(Throwable t) {
            return t;
        }
    }
}
