package ma.maharat.platform.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The JDBC datasource class that Payara pools. It connects to the configured MariaDB, or, when the URL
 * is {@value EmbeddedMariaDb#EMBEDDED_URL}, starts the embedded MariaDB on first use and connects to it.
 *
 * <p>Starting the embedded database here, lazily, rather than in a start-up bean, guarantees it runs
 * before the first connection whoever asks first (the migrator, the persistence unit or a health check).
 */
public class MaharatDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile MariaDbDataSource target;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = configured(url);
    }

    public void setURL(String url) {
        this.url = configured(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = configured(user);
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = configured(password);
    }

    /**
     * MicroProfile Config treats an empty value as missing, and Payara then passes the unresolved
     * {@code ${MPCONFIG=...}} expression on: an empty password (MariaDB's root on a development machine)
     * arrives that way and means "no value".
     */
    private static String configured(String value) {
        return value == null || value.startsWith("${MPCONFIG=") ? null : value;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    private MariaDbDataSource target() throws SQLException {
        MariaDbDataSource current = target;
        if (current == null) {
            synchronized (this) {
                current = target;
                if (current == null) {
                    current = connectTo(url);
                    target = current;
                }
            }
        }
        return current;
    }

    private MariaDbDataSource connectTo(String givenUrl) throws SQLException {
        // The application's own configuration (environment variables first): reading it here, at the first
        // connection, logs nothing for settings left unset, unlike ${MPCONFIG=...} in MaharatDatabase.
        Config config = ConfigProvider.getConfig(MaharatDataSource.class.getClassLoader());
        String configuredUrl = config.getOptionalValue("maharat.db.url", String.class).orElse(givenUrl);
        String effectiveUrl = configuredUrl;
        String effectiveUser = config.getOptionalValue("maharat.db.user", String.class).orElse(user);
        String effectivePassword = config.getOptionalValue("maharat.db.password", String.class).orElse(password);
        if (configuredUrl == null || configuredUrl.isBlank() || EmbeddedMariaDb.EMBEDDED_URL.equals(configuredUrl)) {
            EmbeddedMariaDb embedded = EmbeddedMariaDb.start();
            effectiveUrl = embedded.jdbcUrl();
            effectiveUser = EmbeddedMariaDb.USER;
            effectivePassword = "";
        }
        MariaDbDataSource dataSource = new MariaDbDataSource(effectiveUrl);
        if (effectiveUser != null && !effectiveUser.isBlank()) {
            dataSource.setUser(effectiveUser);
        }
        if (effectivePassword != null) {
            dataSource.setPassword(effectivePassword);
        }
        if (loginTimeout > 0) {
            dataSource.setLoginTimeout(loginTimeout);
        }
        return dataSource;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // MariaDB Connector/J logs through its own logger.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
