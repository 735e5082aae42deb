package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML map from the manifest, read through SnakeYAML's node API so every key and value keeps its line.
 * It reports unknown keys (a typo must not silently drop a value), duplicate keys (SnakeYAML's node
 * API would keep both) and missing required keys.
 */
final class YamlMapping {

    private final MappingNode node;
    private final Map<String, NodeTuple> firstByKey = new LinkedHashMap<>();
    private final List<NodeTuple> tuplesInOrder = new ArrayList<>();

    YamlMapping(MappingNode node) {
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            tuplesInOrder.add(tuple);
            String key = keyOf(tuple);
            if (key != null) {
                firstByKey.putIfAbsent(key, tuple);
            }
        }
    }

    /** 1-based line where the map starts (for a list item: the line of its first key). */
    int line() {
        return lineOf(node);
    }

    /** The value node of a key (its first occurrence). */
    Optional<Node> value(String key) {
        return Optional.ofNullable(firstByKey.get(key)).map(NodeTuple::getValueNode);
    }

    /** The line of a key (its first occurrence), or the map's line when the key is absent. */
    int keyLine(String key) {
        NodeTuple tuple = firstByKey.get(key);
        return tuple == null ? line() : lineOf(tuple.getKeyNode());
    }

    /** The keys in order of appearance, with their key nodes. */
    List<NodeTuple> tuples() {
        return tuplesInOrder;
    }

    /**
     * Reports unknown, duplicate, non-text and missing keys.
     *
     * @param allowed     the keys allowed here, in the order they are listed in messages
     * @param required    the keys that must be present
     * @param where       suffix naming the map in messages, e.g. {@code " in module 'suppliers'"}, or ""
     * @param missingLine the line for a missing key (0 for the whole file)
     */
    void checkKeys(List<String> allowed, List<String> required, String where, int missingLine, FileProblems problems) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : tuplesInOrder) {
            int line = lineOf(tuple.getKeyNode());
            String key = keyOf(tuple);
            if (key == null) {
                problems.add(line, "a key" + where + " is not a plain word");
            } else if (!allowed.contains(key)) {
                problems.add(line, "unknown key '" + key + "'" + where + KeySuggestion.closest(key, allowed)
                        .map(suggestion -> " (did you mean '" + suggestion + "'?)")
                        .orElse(" (allowed keys: " + String.join(", ", allowed) + ")"));
            } else if (seen.containsKey(key)) {
                problems.add(line, "duplicate key '" + key + "'" + where + " (first written on line "
                        + seen.get(key) + ")");
            } else {
                seen.put(key, line);
            }
        }
        for (String key : required) {
            if (!seen.containsKey(key)) {
                problems.add(missingLine, "missing required key '" + key + "'" + where);
            }
        }
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
    }
}
