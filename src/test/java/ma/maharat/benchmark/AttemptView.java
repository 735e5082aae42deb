package ma.maharat.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attempt page ({@code /learn/attempt.xhtml?id=…}) as the benchmarks read it: for each question its
 * slot, type and revision (the {@code data-*} attributes of its fieldset), the options it offers (by
 * their original index, the inputs' {@code value}) and the answer the page shows (checked inputs,
 * typed values, selected options), written as the JSON the save request sends. Reading what the page
 * shows, rather than the database, is how the crash test checks that a trainee sees her answers.
 *
 * @param slots           the questions in page order
 * @param handInViewState the view state of the hand-in form
 */
record AttemptView(List<Slot> slots, String handInViewState) {

    /**
     * One question.
     *
     * @param options choice questions: the option indexes; true/false: "true" and "false"
     * @param pairs   matching: for each prompt (pair index) the answers to choose from
     * @param shown   the answer the page shows, {@code null} when none
     */
    record Slot(int slot, String type, int revision, List<String> options, Map<Integer, List<String>> pairs, JsonObject shown) {
    }

    private static final Pattern FIELDSET = Pattern.compile("<fieldset class=\"card question\"[^>]*>(.*?)</fieldset>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(input|select|option)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
    private static final Pattern FIELDSET_TAG = Pattern.compile("<fieldset [^>]*>");

    static AttemptView parse(String page) {
        List<Slot> slots = new ArrayList<>();
        Matcher fieldset = FIELDSET.matcher(page);
        while (fieldset.find()) {
            Matcher open = FIELDSET_TAG.matcher(fieldset.group());
            open.find();
            Map<String, String> head = attributes(open.group());
            slots.add(slot(Integer.parseInt(head.get("data-slot")), head.get("data-type"), Integer.parseInt(head.get("data-revision")),
                    fieldset.group(1)));
        }
        if (slots.isEmpty()) {
            throw new IllegalStateException("No question on the attempt page");
        }
        return new AttemptView(List.copyOf(slots), TraineeHttp.viewState(page));
    }

    private static Slot slot(int slot, String type, int revision, String html) {
        List<String> options = new ArrayList<>();
        Map<Integer, List<String>> pairs = new TreeMap<>();
        TreeSet<Integer> checked = new TreeSet<>();
        String checkedValue = null;
        String typed = "";
        Map<Integer, String> chosen = new TreeMap<>();
        Integer pair = null;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            switch (tag.group(1)) {
                case "input" -> {
                    String value = attributes.getOrDefault("value", "");
                    if ("text".equals(attributes.get("type"))) {
                        typed = value;
                    } else {
                        options.add(value);
                        if (attributes.containsKey("checked")) {
                            checkedValue = value;
                            if (type.endsWith("choice") || type.equals("multiple_response")) {
                                checked.add(Integer.valueOf(value));
                            }
                        }
                    }
                }
                case "select" -> {
                    pair = Integer.valueOf(attributes.get("data-pair"));
                    pairs.put(pair, new ArrayList<>());
                }
                case "option" -> {
                    String value = attributes.getOrDefault("value", "");
                    if (pair != null && !value.isEmpty()) {
                        pairs.get(pair).add(value);
                        if (attributes.containsKey("selected")) {
                            chosen.put(pair, value);
                        }
                    }
                }
                default -> throw new IllegalStateException(tag.group(1));
            }
        }
        JsonObject shown = switch (type) {
            case "single_choice" -> checked.isEmpty() ? null : Json.createObjectBuilder().add("choice", checked.first()).build();
            case "multiple_response" -> {
                if (checked.isEmpty()) {
                    yield null;
                }
                JsonArrayBuilder array = Json.createArrayBuilder();
                checked.forEach(array::add);
                yield Json.createObjectBuilder().add("choices", array).build();
            }
            case "true_false" -> checkedValue == null ? null : Json.createObjectBuilder().add("value", Boolean.parseBoolean(checkedValue)).build();
            case "short_answer" -> typed.isEmpty() ? null : Json.createObjectBuilder().add("text", typed).build();
            case "numerical" -> typed.isEmpty() ? null : Json.createObjectBuilder().add("number", new BigDecimal(typed).toPlainString()).build();
            case "matching" -> {
                if (chosen.isEmpty()) {
                    yield null;
                }
                JsonObjectBuilder answers = Json.createObjectBuilder();
                chosen.forEach((p, answer) -> answers.add(Integer.toString(p), answer));
                yield Json.createObjectBuilder().add("pairs", answers).build();
            }
            default -> throw new IllegalStateException("Unknown question type on the page: " + type);
        };
        return new Slot(slot, type, revision, List.copyOf(options), pairs, shown);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), unescape(attribute.group(2)));
        }
        return attributes;
    }

    /** The character references Facelets writes in attribute values. */
    static String unescape(String html) {
        if (html.indexOf('&') < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        Matcher reference = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(html);
        int last = 0;
        while (reference.find()) {
            out.append(html, last, reference.start());
            String name = reference.group(1);
            out.append(switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            });
            last = reference.end();
        }
        return out.append(html.substring(last)).toString();
    }
}
