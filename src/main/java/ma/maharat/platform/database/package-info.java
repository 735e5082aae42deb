/**
 * The one datasource of the application, the embedded MariaDB a newcomer gets without set-up, and the
 * Flyway migrations that run before anything else touches the schema.
 */
package ma.maharat.platform.database;
