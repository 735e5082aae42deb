package ma.maharat.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Answers a simulated trainee gives: any valid answer to the question on the page, never the one it
 * already has, so that every save changes the stored answer (and a lost one would show). Written
 * the way the server stores them (sorted indexes, plain numbers), though checks compare them as JSON.
 */
final class Answers {

    private Answers() {
    }

    /** A valid answer to the question, other than {@code current}. */
    static JsonObject another(AttemptView.Slot slot, JsonObject current, Random random) {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonObject answer = any(slot, random);
            if (!answer.equals(current)) {
                return answer;
            }
        }
        throw new IllegalStateException("No other answer to question " + slot.slot() + " (" + slot.type() + ")");
    }

    private static JsonObject any(AttemptView.Slot slot, Random random) {
        JsonObjectBuilder answer = Json.createObjectBuilder();
        switch (slot.type()) {
            case "single_choice" -> answer.add("choice", Integer.parseInt(slot.options().get(random.nextInt(slot.options().size()))));
            case "multiple_response" -> {
                List<String> options = new ArrayList<>(slot.options());
                Collections.shuffle(options, random);
                TreeSet<Integer> chosen = new TreeSet<>();
                int count = 1 + random.nextInt(Math.min(2, options.size()));
                for (int i = 0; i < count; i++) {
                    chosen.add(Integer.valueOf(options.get(i)));
                }
                JsonArrayBuilder array = Json.createArrayBuilder();
                chosen.forEach(array::add);
                answer.add("choices", array);
            }
            case "true_false" -> answer.add("value", random.nextBoolean());
            // Non-ASCII on purpose: the answer must come back exactly as typed.
            case "short_answer" -> answer.add("text", "réponse " + random.nextInt(10_000) + " جواب");
            case "numerical" -> answer.add("number", Integer.toString(1 + random.nextInt(999)));
            case "matching" -> {
                JsonObjectBuilder pairs = Json.createObjectBuilder();
                for (Map.Entry<Integer, List<String>> pair : slot.pairs().entrySet()) {
                    pairs.add(Integer.toString(pair.getKey()), pair.getValue().get(random.nextInt(pair.getValue().size())));
                }
                answer.add("pairs", pairs);
            }
            default -> throw new IllegalStateException("Unknown question type " + slot.type());
        }
        return answer.build();
    }
}
