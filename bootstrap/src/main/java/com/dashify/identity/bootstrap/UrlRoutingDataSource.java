package com.dashify.identity.bootstrap;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's JDBC data source, named in {@link SchemaMigrations}: it reads URL, user
 * and password from {@link Settings} when first used, and hands every call to H2's or
 * PostgreSQL's own data source, chosen by the URL. The server pools what it returns.
 *
 * <p>The server also configures the class through its setters, with whatever its pool
 * definition holds (Payara calls {@code setURL}, {@code setUrl}, {@code setUser} and
 * {@code setPassword}, sometimes with empty values or unresolved placeholders). Those calls are
 * accepted and ignored: the settings decide, so one WAR runs anywhere without a rebuild.
 *
 * <p>PostgreSQL connections give up connecting after {@link #CONNECT_TIMEOUT_SECONDS}, where the
 * driver's default waits 10 s for a host that does not answer; the pool's own login timeout
 * ({@link #LOGIN_TIMEOUT_SECONDS}) bounds the whole sign-in, which a database that does answer may
 * take longer over on a busy machine.
 */
public class UrlRoutingDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(UrlRoutingDataSource.class.getName());
    /** Seconds to open a TCP connection to the database: a host that does not answer is given up quickly. */
    static final int CONNECT_TIMEOUT_SECONDS = 2;
    /**
     * Seconds for the pool to get a signed-in connection. Once 2 s, like the connect: nodes booting
     * side by side on a busy machine (a cluster's rolling restart) then often failed to deploy,
     * since the persistence unit signs in while the application deploys, and a database that
     * answered took longer than that to fork a backend and check the password.
     */
    static final int LOGIN_TIMEOUT_SECONDS = 10;

    private final Settings settings;
    private volatile DataSource target;
    private volatile PrintWriter logWriter;
    private volatile int loginTimeoutSeconds;

    /** For the server, which instantiates the class by name. */
    public UrlRoutingDataSource() {
        this(Settings.current());
    }

    UrlRoutingDataSource(Settings settings) {
        this.settings = settings;
    }

    /** Ignored: {@link Settings#DB_URL} decides. */
    public void setURL(String url) {
        ignored("URL", url);
    }

    /** Ignored: {@link Settings#DB_URL} decides. */
    public void setUrl(String url) {
        ignored("url", url);
    }

    /** Ignored: {@link Settings#DB_USER} decides. */
    public void setUser(String user) {
        ignored("user", user);
    }

    /** Ignored: {@link Settings#DB_PASSWORD} decides. */
    public void setPassword(String password) {
        ignored("password", password == null || password.isEmpty() ? password : "(not shown)");
    }

    /** The JDBC URL the connections go to. */
    public String getURL() {
        return settings.dbUrl();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    /**
     * The configured credentials, not the ones passed: a pool passes what its definition holds,
     * which here is nothing meaningful.
     */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        this.logWriter = out;
        if (target != null) {
            target.setLogWriter(out);
        }
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        this.loginTimeoutSeconds = seconds;
        if (target != null) {
            target.setLoginTimeout(seconds);
        }
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                current = target;
                if (current == null) {
                    current = create();
                    target = current;
                }
            }
        }
        return current;
    }

    private DataSource create() throws SQLException {
        String url = settings.dbUrl();
        DataSource created;
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(settings.dbUser());
            h2.setPassword(settings.dbPassword());
            created = h2;
        } else if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(settings.dbUser());
            postgres.setPassword(settings.dbPassword());
            postgres.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
            created = postgres;
        } else {
            throw new SQLException("unsupported database URL in " + Settings.DB_URL + ": '" + safeForLog(url)
                    + "'; expected jdbc:h2:... or jdbc:postgresql:...", "08001");
        }
        created.setLoginTimeout(loginTimeoutSeconds);
        if (logWriter != null) {
            created.setLogWriter(logWriter);
        }
        LOG.info(() -> "Database: " + safeForLog(url) + " as user '" + settings.dbUser() + "'");
        return created;
    }

    /** The URL without credentials or parameters (which may hold credentials), safe to log. */
    static String safeForLog(String url) {
        String withoutUserInfo = url.replaceFirst("//[^/?;]*@", "//");
        int end = withoutUserInfo.length();
        for (char stop : new char[] {'?', ';'}) {
            int at = withoutUserInfo.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return withoutUserInfo.substring(0, end);
    }

    private static void ignored(String property, String value) {
        LOG.fine(() -> "Ignoring " + property + "=" + value + " from the server; the settings decide");
    }
}
