package com.dashify.identity.bootstrap;

import com.dashify.identity.application.common.port.in.UnavailableException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The one place that tells "the database does not answer" from every other failure, so that the
 * transaction boundary can turn it into the application's {@link UnavailableException} (which the
 * adapters answer with 503 and {@code Retry-After}) and readiness can say the same:
 * <ul>
 * <li>SQLState class 08, connection exception (SQL:2016, and {@link SQLTransientConnectionException}
 * and {@link SQLNonTransientConnectionException} by JDBC's mapping): refused, closed or broken;</li>
 * <li>PostgreSQL's 57P01 to 57P03, the server shutting down or not yet accepting connections, and
 * 53300, no connection slot left;</li>
 * <li>a socket that failed underneath the driver;</li>
 * <li>the pool's {@link ResourceAllocationException}: no connection could be made, or none came
 * free within the pool's wait (its {@code max-wait-time}, see {@link SchemaMigrations}).</li>
 * </ul>
 * The last is two things. A pool that could not make a connection carries the driver's reason
 * beneath it, one of the others: the database is gone. A pool at its maximum carries none: the
 * database answers, the service is only busy. Its caller gets 503 all the same, but neither
 * readiness ({@link HealthServlet}) nor the outage line reacts to it, or a load balancer would
 * take every node out of rotation at the first peak.
 * <p>
 * It logs once when the database stops answering and once when it answers again, rather than a
 * stack trace per request.
 */
final class DatabaseAvailability {

    /**
     * When a caller should try again: by then the pool has checked its connections again (at most
     * every 5 s, see {@link SchemaMigrations}) and replaced those that died with the database.
     */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());
    private static final AtomicBoolean DOWN = new AtomicBoolean();

    private DatabaseAvailability() {
    }

    /** Whether the failure, or anything that caused it, says that the database cannot be reached, or is busy. */
    static boolean isUnavailable(Throwable failure) {
        return anyCause(failure, cause -> gone(cause) || cause instanceof ResourceAllocationException);
    }

    /** Whether the failure, or anything that caused it, says that the database does not answer. */
    static boolean isGone(Throwable failure) {
        return anyCause(failure, DatabaseAvailability::gone);
    }

    /** Whether no connection came free in the pool's wait, from a database that answers. */
    static boolean isPoolBusy(Throwable failure) {
        return isUnavailable(failure) && !isGone(failure);
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (test.test(cause) || cause instanceof SQLException sql && sql.getNextException() != null
                    && test.test(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure as the use case's caller should see it: {@link UnavailableException} when the
     * database cannot be reached, else the failure itself.
     *
     * @param committing whether the use case had done its work, so that the failure came at its commit
     */
    static Throwable translate(Throwable failure, boolean committing) {
        if (failure instanceof UnavailableException || !isUnavailable(failure)) {
            return failure;
        }
        wentAway(failure);
        return new UnavailableException(committing, RETRY_AFTER, failure);
    }

    /**
     * Notes that the database did not answer, if the failure says so (a busy pool does not):
     * logged when it is the first failure since it last did.
     */
    static void wentAway(Throwable failure) {
        if (isGone(failure) && DOWN.compareAndSet(false, true)) {
            LOG.warning(() -> "The database does not answer (" + describe(failure) + "); requests get 503 with"
                    + " Retry-After until it does");
        }
    }

    /** Notes that the database answered: logged when it had not before. */
    static void answered() {
        if (DOWN.get() && DOWN.compareAndSet(true, false)) {
            LOG.info("The database answers again");
        }
    }

    private static boolean gone(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SocketException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState());
        }
        return false;
    }

    /** The innermost cause's type and SQLState: enough to tell a refused connection from a full pool, no more. */
    private static String describe(Throwable failure) {
        Throwable innermost = failure;
        String state = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            innermost = cause;
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        return innermost.getClass().getSimpleName() + (state == null ? "" : ", SQLState " + state);
    }
}
