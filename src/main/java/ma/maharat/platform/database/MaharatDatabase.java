package ma.maharat.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's datasource. Its URL, user and password come from MicroProfile Config
 * ({@code MAHARAT_DB_URL}, {@code MAHARAT_DB_USER}, {@code MAHARAT_DB_PASSWORD}), read by
 * {@link MaharatDataSource} at its first connection; without a URL, or with
 * {@value EmbeddedMariaDb#EMBEDDED_URL}, it starts the embedded MariaDB. They are not
 * {@code ${MPCONFIG=...}} expressions here: Payara resolves those several times while deploying and
 * logs a warning for each unset one, a dozen warnings at every start on the embedded database.
 */
@DataSourceDefinition(
        name = MaharatDatabase.JNDI_NAME,
        className = "ma.maharat.platform.database.MaharatDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // Payara validates a pooled connection before handing it out, so the application
            // recovers by itself when MariaDB restarts.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // Validating on every checkout costs a round trip per transaction; every 5 s per
            // connection bounds the errors after a MariaDB restart to about 5 s (the crash test
            // measured 35 s of failed saves with 60 s), and the first failed validation closes
            // every pooled connection (fail-all-connections).
            "fish.payara.validate-atmost-once-period-in-seconds=5"
        })
@Singleton
public class MaharatDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/maharat";
}
