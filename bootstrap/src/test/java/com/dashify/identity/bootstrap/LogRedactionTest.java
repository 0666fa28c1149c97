package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The filters as installed on a handler: every line they let through is redacted, whoever wrote it. */
class LogRedactionTest {

    /** A handler that keeps the messages its filter lets through. */
    private static final class Kept extends Handler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                messages.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /**
     * The line that stands for a client gone quotes the failure's innermost message, which may hold
     * what the client sent: it is masked as any other line is, and cannot start a forged one.
     */
    @Test
    void theClientGoneLineIsRedactedToo() {
        Logger logger = Logger.getLogger("com.dashify.identity.test.redaction");
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.FINE);
        Kept kept = new Kept();
        logger.addHandler(kept);
        try {
            LogRedaction.install(logger);
            EOFException closed = new EOFException(
                    "closed reading Authorization: Bearer dfy_pat_AbCdEf0123456789\nSEVERE forged");
            closed.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.glassfish.grizzly.nio.NIOConnection", "assertOpen", null, 427)});
            LogRecord record = new LogRecord(Level.SEVERE, "Unexpected failure of SCIM request 1");
            record.setLoggerName(logger.getName());
            record.setThrown(new IllegalStateException("request failed", new IOException("read failed", closed)));

            logger.log(record);

            assertThat(kept.messages).singleElement().asString()
                    .contains("The client had closed the connection")
                    .doesNotContain("dfy_pat_AbCdEf", "\n").contains("[redacted]");
        } finally {
            logger.removeHandler(kept);
        }
    }
}
