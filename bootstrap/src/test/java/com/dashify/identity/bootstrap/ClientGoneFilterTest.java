package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ClientGoneFilterTest {

    private final ClientGoneFilter filter = new ClientGoneFilter(null);

    @Test
    void aClientThatClosedTheConnectionIsOneFineLineWithoutATrace() {
        Logger logger = Logger.getLogger("test.client.gone");
        logger.setLevel(Level.FINE);
        LogRecord record = new LogRecord(Level.SEVERE,
                "Error while closing the output stream in order to commit response.");
        record.setLoggerName(logger.getName());
        record.setThrown(new UncheckedIOException(fromGrizzly(new IOException("Connection is closed",
                fromGrizzly(new EOFException())))));

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getThrown()).isNull();
        assertThat(record.getLevel()).isEqualTo(Level.FINE);
        assertThat(record.getMessage()).startsWith("Error while closing the output stream")
                .contains("The client had closed the connection (java.io.EOFException)");
    }

    @Test
    void aClientThatClosedTheConnectionIsNotWrittenAtAllByDefault() {
        LogRecord record = new LogRecord(Level.SEVERE, "Unexpected failure of SCIM request 1");
        record.setLoggerName("test.client.gone.quiet");
        record.setThrown(new UncheckedIOException(fromGrizzly(new EOFException())));

        assertThat(filter.isLoggable(record)).isFalse();
    }

    @Test
    void theDatabaseClosingItsConnectionKeepsItsTrace() {
        EOFException fromDriver = new EOFException();
        fromDriver.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.postgresql.core.VisibleBufferedInputStream", "read", null, 1),
            new StackTraceElement("org.postgresql.core.PGStream", "receiveChar", null, 1)});
        LogRecord record = new LogRecord(Level.SEVERE, "Unexpected failure of SCIM request 2");
        record.setThrown(new IllegalStateException("An I/O error occurred while sending to the backend", fromDriver));

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getThrown()).isNotNull();
        assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
    }

    /** The exception as Grizzly throws it, reading or writing a connection. */
    private static <T extends Throwable> T fromGrizzly(T failure) {
        failure.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.glassfish.grizzly.nio.NIOConnection", "assertOpen", null, 427),
            new StackTraceElement("org.glassfish.grizzly.http.io.OutputBuffer", "flush", null, 693)});
        return failure;
    }

    @Test
    void otherFailuresKeepTheirTraceAndLevel() {
        IllegalStateException bug = new IllegalStateException("a bug", new IOException("disk full"));
        LogRecord record = new LogRecord(Level.SEVERE, "Unexpected failure");
        record.setThrown(bug);

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getThrown()).isSameAs(bug);
        assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(record.getMessage()).isEqualTo("Unexpected failure");
    }

    @Test
    void whatTheFilterBeforeItDropsStaysDropped() {
        ClientGoneFilter dropping = new ClientGoneFilter(record -> false);

        assertThat(dropping.isLoggable(new LogRecord(Level.INFO, "x"))).isFalse();
    }
}
