package ma.maharat.audit.entity;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What an audit entry says, kept as words to translate rather than as one language's sentence: a key of
 * the application's bundles ({@code audit.message.session.moved}) and its parameters, so that each
 * administrator reads the entry in her own language. A parameter is a name or code as typed (a
 * {@code String}, shown as is), a whole number, a calendar day ({@code LocalDate}), a time of day
 * ({@code LocalTime}), a moment ({@code Instant}) — the last three written for each reader the Moroccan
 * way — or another message, for parts that need translating too (a session described before and after a
 * move, an attendance status).
 */
public record AuditMessage(String key, List<Object> parameters) {

    public AuditMessage {
        Objects.requireNonNull(key, "key");
        parameters = Collections.unmodifiableList(Arrays.asList(parameters.toArray()));
    }

    public static AuditMessage of(String key, Object... parameters) {
        return new AuditMessage(key, Arrays.asList(parameters));
    }
}
