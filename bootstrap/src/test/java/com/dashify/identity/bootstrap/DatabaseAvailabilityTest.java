package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.common.port.in.UnavailableException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Which failures say that the database cannot be reached, however deeply the layers wrapped them. */
class DatabaseAvailabilityTest {

    /** As EclipseLink and JTA wrap a driver's exception. */
    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("transaction", new PersistenceException("EclipseLink-4002", cause));
    }

    @Test
    void aConnectionExceptionOrAServerGoingAwayIsUnavailability() {
        assertThat(DatabaseAvailability.isUnavailable(wrapped(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseAvailability.isUnavailable(wrapped(new SQLException("closed", "08003")))).isTrue();
        assertThat(DatabaseAvailability.isUnavailable(wrapped(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseAvailability.isUnavailable(wrapped(new SQLException("terminating", "57P01")))).isTrue();
        assertThat(DatabaseAvailability.isUnavailable(wrapped(new SQLException("starting up", "57P03")))).isTrue();
        assertThat(DatabaseAvailability.isUnavailable(wrapped(new SQLException("no slots", "53300")))).isTrue();
        assertThat(DatabaseAvailability.isUnavailable(wrapped(new ConnectException("Connection refused")))).isTrue();
    }

    /** As Payara's pool says that every connection is in use and its wait ran out. */
    private static ResourceAllocationException poolExhausted() {
        ResourceAllocationException pool = new ResourceAllocationException("Error in allocating a connection");
        pool.initCause(new IllegalStateException("In-use connections equal max-pool-size and expired max-wait-time"));
        return pool;
    }

    /**
     * A pool at its maximum, with a database that answers, is busy: the caller gets 503 all the
     * same, but the database is not gone. A pool that could not open a connection says why beneath.
     */
    @Test
    void aFullPoolIsUnavailableWithoutTheDatabaseBeingGone() {
        Throwable full = wrapped(new SQLException("Error in allocating", null, poolExhausted()));
        ResourceAllocationException refused = new ResourceAllocationException("Error in allocating a connection");
        refused.initCause(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));

        assertThat(DatabaseAvailability.isUnavailable(full)).isTrue();
        assertThat(DatabaseAvailability.isGone(full)).isFalse();
        assertThat(DatabaseAvailability.isGone(wrapped(new SQLException("Error in allocating", null, refused))))
                .isTrue();
    }

    /** The outage line, and readiness with it, react only to a database that does not answer. */
    @Test
    void aFullPoolIsNotLoggedAsTheDatabaseGoingAway() {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
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
        Logger log = Logger.getLogger(DatabaseAvailability.class.getName());
        DatabaseAvailability.answered();
        log.addHandler(capture);
        try {
            Throwable full = DatabaseAvailability.translate(
                    wrapped(new SQLException("Error in allocating", null, poolExhausted())), false);

            assertThat(full).isInstanceOf(UnavailableException.class);
            assertThat(logged).isEmpty();

            DatabaseAvailability.translate(wrapped(new SQLException("refused", "08001")), false);
            assertThat(logged).extracting(LogRecord::getMessage).singleElement().asString()
                    .startsWith("The database does not answer");
        } finally {
            log.removeHandler(capture);
            DatabaseAvailability.answered();
        }
    }

    @Test
    void aChainedSqlExceptionCounts() {
        SQLException batch = new SQLException("batch entry 0 failed", "HY000");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));

        assertThat(DatabaseAvailability.isUnavailable(wrapped(batch))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseAvailability.isUnavailable(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseAvailability.isUnavailable(wrapped(new SQLException("syntax", "42601")))).isFalse();
        assertThat(DatabaseAvailability.isUnavailable(new IllegalArgumentException("bad"))).isFalse();
    }

    @Test
    void translatesOnlyUnavailability() {
        IllegalArgumentException other = new IllegalArgumentException("bad");
        Throwable refused = wrapped(new SQLException("refused", "08001"));

        assertThat(DatabaseAvailability.translate(other, false)).isSameAs(other);
        assertThat(DatabaseAvailability.translate(refused, false)).isInstanceOfSatisfying(UnavailableException.class,
                unavailable -> {
                    assertThat(unavailable.outcomeUnknown()).isFalse();
                    assertThat(unavailable.retryAfter()).isEqualTo(DatabaseAvailability.RETRY_AFTER);
                    assertThat(unavailable).hasCause(refused);
                });
        assertThat(DatabaseAvailability.translate(refused, true)).isInstanceOfSatisfying(UnavailableException.class,
                unavailable -> assertThat(unavailable.outcomeUnknown()).isTrue());
    }
}
