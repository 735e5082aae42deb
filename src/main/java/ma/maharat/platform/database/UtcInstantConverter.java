package ma.maharat.platform.database;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC {@code DATETIME(6)}. EclipseLink 4.0 would otherwise serialize
 * an Instant into the column; going through {@link LocalDateTime} at UTC also keeps the stored values
 * independent of the server's and the JVM's time zone, so a dump reads the same anywhere.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
