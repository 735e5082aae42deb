package ma.maharat.quiz.control;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import ma.maharat.quiz.question.ChoiceSelection;
import ma.maharat.quiz.question.ChoiceSelections;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MatchingResponse;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumberResponse;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.Response;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextResponse;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.TrueFalseResponse;

/**
 * A trainee's answer as the quiz page sends it and as it is stored: a small JSON object per question
 * type, always naming options by their original index (never by the shuffled position), so that a
 * stored answer means the same thing whatever order it was shown in.
 *
 * <pre>
 * single choice      {"choice": 2}
 * multiple response  {"choices": [0, 3]}
 * true/false         {"value": true}
 * short answer       {"text": "rouleau"}
 * numerical          {"number": "156.5", "typed": "156,5"}   (typed: as she wrote it, optional)
 * matching           {"pairs": {"0": "Coupe", "2": "Finition"}}
 * </pre>
 *
 * {@link #canonical} rewrites a valid answer in one spelling (sorted, no spaces), so that the same
 * answer sent twice is recognised as the same.
 */
public final class ResponseCodec {

    /** Looked up once: {@code Json.create…} searches the class path for a provider at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The largest answer accepted, in characters: far above any honest answer, far below a database row. */
    public static final int MAX_LENGTH = 4000;

    private ResponseCodec() {
    }

    /**
     * Reads an answer to a question.
     *
     * @throws InvalidResponse with a message for the log when the JSON is not an answer to this question
     */
    public static Response read(Question question, String json) {
        JsonObject object = parse(json);
        try {
            if (question instanceof SingleChoiceQuestion single) {
                return new ChoiceSelection(index(object.getJsonNumber("choice"), single.choices().size()));
            }
            if (question instanceof MultipleResponseQuestion multiple) {
                TreeSet<Integer> indexes = new TreeSet<>();
                for (JsonValue value : object.getJsonArray("choices")) {
                    indexes.add(index((JsonNumber) value, multiple.choices().size()));
                }
                return new ChoiceSelections(indexes);
            }
            if (question instanceof TrueFalseQuestion) {
                JsonValue value = object.get("value");
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    throw new InvalidResponse("true/false answer without a boolean value");
                }
                return new TrueFalseResponse(value == JsonValue.TRUE);
            }
            if (question instanceof ShortAnswerQuestion) {
                return new TextResponse(object.getString("text"));
            }
            if (question instanceof NumericalQuestion) {
                // Bounded: "1e2147483647" would otherwise become a string of two billion digits when stored.
                return NumberResponse.of(object.getString("number"),
                        object.containsKey("typed") ? object.getString("typed") : null);
            }
            if (question instanceof MatchingQuestion matching) {
                Map<Integer, String> pairs = new TreeMap<>();
                for (Map.Entry<String, JsonValue> entry : object.getJsonObject("pairs").entrySet()) {
                    int pair = Integer.parseInt(entry.getKey());
                    if (pair < 0 || pair >= matching.pairs().size()) {
                        throw new InvalidResponse("no pair " + pair);
                    }
                    String answer = ((JsonString) entry.getValue()).getString();
                    if (!AttemptLayout.matchingAnswers(matching).contains(answer)) {
                        throw new InvalidResponse("not one of the answers: " + answer);
                    }
                    pairs.put(pair, answer);
                }
                return new MatchingResponse(pairs);
            }
        } catch (NullPointerException | ClassCastException | NumberFormatException e) {
            throw new InvalidResponse("not an answer to a " + question.type().wireName() + " question: " + json);
        }
        throw new InvalidResponse("unknown question type " + question.type());
    }

    /** The one spelling of an answer, after {@link #read} checked it. */
    public static String canonical(Response response) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        if (response instanceof ChoiceSelection choice) {
            object.add("choice", choice.index());
        } else if (response instanceof ChoiceSelections choices) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            new TreeSet<>(choices.indexes()).forEach(array::add);
            object.add("choices", array);
        } else if (response instanceof TrueFalseResponse value) {
            object.add("value", value.value());
        } else if (response instanceof TextResponse text) {
            object.add("text", text.text());
        } else if (response instanceof NumberResponse number) {
            object.add("number", number.value().toPlainString());
            if (number.typed() != null) {
                object.add("typed", number.typed());
            }
        } else if (response instanceof MatchingResponse matching) {
            JsonObjectBuilder pairs = JSON.createObjectBuilder();
            new TreeMap<>(matching.answersByPair()).forEach((pair, answer) -> pairs.add(Integer.toString(pair), answer));
            object.add("pairs", pairs);
        }
        return object.build().toString();
    }

    /** A stored answer, or empty when there is none or it no longer fits the question. */
    public static Optional<Response> stored(Question question, String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(question, json));
        } catch (InvalidResponse e) {
            return Optional.empty();
        }
    }

    private static JsonObject parse(String json) {
        if (json == null || json.length() > MAX_LENGTH) {
            throw new InvalidResponse("answer missing or longer than " + MAX_LENGTH + " characters");
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new InvalidResponse("answer is not a JSON object");
        } catch (JsonException e) {
            throw new InvalidResponse("answer is not JSON: " + e.getMessage());
        }
    }

    private static int index(JsonNumber number, int size) {
        if (number == null || !number.isIntegral()) {
            throw new InvalidResponse("option index missing or not a whole number");
        }
        int index = number.intValueExact();
        if (index < 0 || index >= size) {
            throw new InvalidResponse("no option " + index + " (the question has " + size + ")");
        }
        return index;
    }

    /** An answer the page should never have sent: refused as a bad request. */
    public static class InvalidResponse extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidResponse(String message) {
            super(message);
        }
    }
}
