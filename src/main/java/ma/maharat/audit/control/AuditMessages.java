package ma.maharat.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.platform.text.MixedDirection;

/**
 * Audit messages stored and read back: parameters as a JSON array (names as strings, whole numbers as
 * numbers, days, times, moments and nested messages as one-field objects {@code {"day":"2026-12-04"}},
 * {@code {"time":"09:30"}}, {@code {"at":"2026-12-04T22:39:00Z"}}, {@code {"msg":key,"params":[...]}}),
 * and the sentence written in a reader's language from the bundles, dates by {@link CenterDates}, names
 * of the other direction isolated ({@link MixedDirection}). Pure and thread-safe.
 */
public final class AuditMessages {

    private AuditMessages() {
    }

    /** The parameters as stored in {@code audit_entry.message_params}. */
    public static String toJson(List<Object> parameters) {
        return array(parameters).build().toString();
    }

    private static JsonArrayBuilder array(List<Object> parameters) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object p : parameters) {
            if (p == null) {
                array.addNull();
            } else if (p instanceof Integer || p instanceof Long || p instanceof Short) {
                array.add(((Number) p).longValue());
            } else if (p instanceof BigDecimal decimal) {
                array.add(decimal);
            } else if (p instanceof LocalDate day) {
                array.add(Json.createObjectBuilder().add("day", day.toString()));
            } else if (p instanceof LocalTime time) {
                array.add(Json.createObjectBuilder().add("time", time.toString()));
            } else if (p instanceof Instant at) {
                array.add(Json.createObjectBuilder().add("at", at.toString()));
            } else if (p instanceof AuditMessage message) {
                array.add(Json.createObjectBuilder().add("msg", message.key()).add("params", array(message.parameters())));
            } else {
                array.add(String.valueOf(p));
            }
        }
        return array;
    }

    /** The parameters read back from their JSON; an unreadable value becomes its JSON text. */
    public static List<Object> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return values(reader.readArray());
        }
    }

    private static List<Object> values(JsonArray array) {
        List<Object> values = new ArrayList<>();
        for (JsonValue value : array) {
            values.add(value(value));
        }
        return values;
    }

    private static Object value(JsonValue value) {
        switch (value.getValueType()) {
            case NULL:
                return null;
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER:
                JsonNumber number = (JsonNumber) value;
                return number.isIntegral() ? (Object) number.longValue() : number.bigDecimalValue();
            case OBJECT:
                JsonObject object = value.asJsonObject();
                if (object.containsKey("day")) {
                    return LocalDate.parse(object.getString("day"));
                }
                if (object.containsKey("time")) {
                    return LocalTime.parse(object.getString("time"));
                }
                if (object.containsKey("at")) {
                    return Instant.parse(object.getString("at"));
                }
                if (object.containsKey("msg")) {
                    return new AuditMessage(object.getString("msg"),
                            object.containsKey("params") ? values(object.getJsonArray("params")) : List.of());
                }
                return object.toString();
            default:
                return value.toString();
        }
    }

    /**
     * The message as a reader of the language reads it: names isolated from the sentence when
     * {@code isolate} (pages), plain when not (the stored summary that searches look into).
     */
    public static String text(AuditMessage message, Language language, boolean isolate) {
        ResourceBundle bundle = ResourceBundle.getBundle(PageMessages.BUNDLE, language.locale());
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            // A key removed since the entry was written still shows what it was about.
            pattern = message.key() + (message.parameters().isEmpty() ? "" : " {0}");
        }
        if (message.parameters().isEmpty()) {
            return pattern;
        }
        CenterDates dates = CenterDates.in(language);
        Object[] arguments = new Object[message.parameters().size()];
        for (int i = 0; i < arguments.length; i++) {
            Object p = message.parameters().get(i);
            Object shown;
            if (p == null) {
                shown = "—";
            } else if (p instanceof LocalDate day) {
                shown = dates.day(day);
            } else if (p instanceof LocalTime time) {
                shown = dates.time(time);
            } else if (p instanceof Instant at) {
                shown = dates.dateTime(at);
            } else if (p instanceof AuditMessage part) {
                shown = text(part, language, isolate);
            } else if (p instanceof String name && isolate) {
                shown = MixedDirection.isolateArgument(name, language == Language.AR);
            } else {
                shown = p;
            }
            arguments[i] = shown;
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
