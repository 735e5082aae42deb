/**
 * Maharat, the learning platform of the textile skills-development center of Laayoune–Sakia El Hamra.
 *
 * <p>Packages are features ({@code identity}, {@code cooperative}, ...) over a shared {@code platform};
 * each feature splits into {@code boundary} (what users and clients call; transactions start there),
 * {@code control} (logic and stores) and {@code entity} (JPA entities and value objects). See
 * {@code docs/architecture.md} for which feature may use which.
 */
package ma.maharat;
