/** MicroProfile Health checks: {@code /health/ready} includes the database, {@code /health/live} the process. */
package ma.maharat.platform.health;
