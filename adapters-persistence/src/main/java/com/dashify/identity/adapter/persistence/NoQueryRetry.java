package com.dashify.identity.adapter.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Lets a query on a database that went away fail at once. EclipseLink otherwise reconnects and
 * runs a read that failed for want of a connection again, up to three times and 5 s apart: with
 * PostgreSQL stopped, every request hung for 10 s and then failed anyway. The server's pool
 * replaces dead connections itself, and the caller is told to retry (503 with Retry-After).
 * Named in the persistence unit ({@code eclipselink.session.customizer}).
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
