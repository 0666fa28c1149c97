package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class UrlRoutingDataSourceTest {

    private static UrlRoutingDataSource forUrl(String url) {
        return new UrlRoutingDataSource(new Settings(name -> null, Map.of("DASHIFY_DB_URL", url)::get));
    }

    @Test
    void h2UrlConnectsThroughH2() throws SQLException {
        UrlRoutingDataSource dataSource = forUrl("jdbc:h2:mem:" + UUID.randomUUID());

        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(dataSource.isWrapperFor(JdbcDataSource.class)).isTrue();
    }

    @Test
    void postgresUrlGoesToPostgres() throws SQLException {
        assertThat(forUrl("jdbc:postgresql://127.0.0.1:1/none").unwrap(PGSimpleDataSource.class).getURL())
                .startsWith("jdbc:postgresql://127.0.0.1:1/none");
    }

    @Test
    void whatTheServerSetsIsIgnored() throws SQLException {
        UrlRoutingDataSource dataSource = forUrl("jdbc:h2:mem:" + UUID.randomUUID());
        dataSource.setURL("${MPCONFIG=db.url}");
        dataSource.setUrl("");
        dataSource.setUser("someone");
        dataSource.setPassword("");

        try (Connection connection = dataSource.getConnection("ignored", "ignored")) {
            assertThat(connection.getMetaData().getUserName()).isEqualToIgnoringCase("sa");
        }
    }

    @Test
    void otherDatabasesAreRefusedClearly() {
        assertThatThrownBy(() -> forUrl("jdbc:mysql://db/x?password=secret").getConnection())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("jdbc:mysql://db/x")
                .hasMessageNotContaining("secret");
    }

    @Test
    void urlsAreLoggedWithoutCredentials() {
        assertThat(UrlRoutingDataSource.safeForLog("jdbc:postgresql://u:p@db:5432/x?password=s"))
                .isEqualTo("jdbc:postgresql://db:5432/x");
        assertThat(UrlRoutingDataSource.safeForLog("jdbc:h2:file:/d/dashify;PASSWORD=s"))
                .isEqualTo("jdbc:h2:file:/d/dashify");
    }
}
