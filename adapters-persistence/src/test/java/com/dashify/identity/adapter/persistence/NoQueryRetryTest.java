package com.dashify.identity.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

class NoQueryRetryTest {

    /** EclipseLink's defaults held a request for 10 s on a stopped database before it failed anyway. */
    @Test
    void aFailedReadIsNotRetried() {
        Session session = new Project(new DatabaseLogin()).createDatabaseSession();

        new NoQueryRetry().customize(session);

        assertThat(session.getLogin().getQueryRetryAttemptCount()).isZero();
        assertThat(session.getLogin().getDelayBetweenConnectionAttempts()).isZero();
    }
}
