package ma.maharat.quiz.calculated;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The values an attempt drew, as stored with its answer: {@code lot=1400;aql=2.5}. Names are the
 * template's variable names (letters, digits, underscores) and values plain decimals, so neither
 * separator can occur inside them.
 */
public final class DrawnValues {

    private DrawnValues() {
    }

    public static String write(Map<String, BigDecimal> values) {
        return values.entrySet().stream().map(value -> value.getKey() + "=" + value.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(";"));
    }

    public static Map<String, BigDecimal> read(String stored) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return values;
        }
        for (String pair : stored.split(";")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("not a stored value: " + pair);
            }
            values.put(pair.substring(0, equals), new BigDecimal(pair.substring(equals + 1)));
        }
        return values;
    }
}
