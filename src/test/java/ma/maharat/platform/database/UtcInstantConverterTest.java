package ma.maharat.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void storesTheUtcWallClockTime() {
        assertEquals(LocalDateTime.of(2026, 11, 29, 10, 15, 30, 123_456_000),
                converter.convertToDatabaseColumn(Instant.parse("2026-11-29T10:15:30.123456Z")));
    }

    @Test
    void roundTripsToTheMicrosecond() {
        Instant instant = Instant.parse("2026-03-01T23:59:59.999999Z");
        assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
    }

    @Test
    void keepsMissingValuesMissing() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
