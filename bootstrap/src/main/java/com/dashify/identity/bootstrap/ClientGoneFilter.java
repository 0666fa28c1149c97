package com.dashify.identity.bootstrap;

import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A log filter for failures caused by a client that went away (it closed the connection before its
 * body arrived, or before its answer was written): anyone can cause one by closing a connection
 * early, and Jersey logs each as SEVERE with some fifty frames. Nothing is wrong with the service
 * then, and the request's refusal has its own line or audit record; so such a record becomes one
 * FINE line without the trace, written only where its logger is set to FINE.
 */
final class ClientGoneFilter implements Filter {

    /** What Grizzly and the JDK say, in an {@link IOException}, when the other end has closed. */
    private static final List<String> CLOSED = List.of("connection is closed", "broken pipe",
            "connection reset", "connection closed");

    /** How deep below the throw an HTTP connection's class must be: a read or write of it, not a caller. */
    private static final int TOP_FRAMES = 8;

    private final Filter next;
    private final SimpleFormatter formatter = new SimpleFormatter();

    ClientGoneFilter(Filter next) {
        this.next = next;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (next != null && !next.isLoggable(record)) {
            return false;
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && clientGone(thrown)) {
            String message = formatter.formatMessage(record);
            record.setMessage((message == null ? "" : message + " ") + "The client had closed the connection ("
                    + rootCause(thrown) + ").");
            record.setParameters(null);
            record.setThrown(null);
            record.setLevel(Level.FINE);
            // The handler checked the level it came with; whether anyone wants the line is its logger's FINE.
            return Logger.getLogger(Objects.requireNonNullElse(record.getLoggerName(), "")).isLoggable(Level.FINE);
        }
        return true;
    }

    /**
     * Whether an {@link IOException} in the chain is the HTTP connection's (thrown from within the
     * few top frames of Grizzly or the container's connector) and says that the other end closed
     * it. An end of stream from the database driver is not: that is the service's trouble.
     */
    static boolean clientGone(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException && fromTheHttpConnection(cause) && (cause instanceof EOFException
                    || cause.getMessage() != null && saysClosed(cause.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysClosed(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return CLOSED.stream().anyMatch(lower::contains);
    }

    private static boolean fromTheHttpConnection(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        for (int i = 0; i < Math.min(TOP_FRAMES, frames.length); i++) {
            String type = frames[i].getClassName();
            if (type.startsWith("org.glassfish.grizzly.") || type.startsWith("org.apache.catalina.connector.")) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getName()
                : root.getClass().getName() + ": " + root.getMessage();
    }
}
