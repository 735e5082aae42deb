/**
 * Benchmarks and the crash test: programs with a {@code main}, run by Maven profiles ({@code -Pbenchmark},
 * {@code -Pbenchmark-quiz}, {@code -Pcrash-test}) against a packaged Maharat in a child process, never by
 * {@code ./mvnw verify}. Method and figures in docs/benchmarks.md.
 */
package ma.maharat.benchmark;
