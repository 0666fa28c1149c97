package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.spi.ResourceAllocationException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What readiness makes of the pool's answer when it probes the database. */
class HealthServletTest {

    /** A data source whose every connection request fails with {@code failure}. */
    private static DataSource failing(SQLException failure) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw failure;
                });
    }

    /**
     * Every connection in use, the pool's wait run out: the database answers, only busily, and a
     * load balancer that took the service out of rotation for it would move the load elsewhere.
     */
    @Test
    void aFullPoolKeepsTheServiceReady() {
        ResourceAllocationException full = new ResourceAllocationException("Error in allocating a connection");
        full.initCause(new IllegalStateException("In-use connections equal max-pool-size and expired max-wait-time"));

        assertThat(HealthServlet.databaseProblem(failing(new SQLException("Error in allocating", null, full))))
                .isNull();
    }

    @Test
    void aDatabaseThatRefusesConnectionsIsNotReady() {
        ResourceAllocationException refused = new ResourceAllocationException("Error in allocating a connection");
        refused.initCause(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));

        assertThat(HealthServlet.databaseProblem(failing(new SQLException("Error in allocating", null, refused))))
                .isEqualTo("database unreachable");
    }
}
