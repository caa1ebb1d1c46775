package vn.cchc.publisher.plan.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The fields of one YAML mapping, read from SnakeYAML's node tree so that every problem names its line.
 * Each accessor reports what is wrong to the log and returns empty.
 */
final class YamlFields {

    private static final DateTimeFormatter VIETNAMESE_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final MappingNode node;
    private final String path;
    private final ProblemLog log;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlFields(MappingNode node, String path, ProblemLog log) {
        this.node = node;
        this.path = path;
        this.log = log;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (fields.containsKey(key)) {
                log.add(line(tuple.getKeyNode()), field(key), "appears twice; keep one");
            } else {
                fields.put(key, tuple);
            }
        }
    }

    /**
     * The fields of {@code node}, or empty (with a problem) if it is not a mapping.
     *
     * @param path the path of the mapping in problems, e.g. {@code targets[web-monthly]}; empty for the
     *     document itself
     */
    static Optional<YamlFields> of(Node node, String path, String what, ProblemLog log) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlFields(mapping, path, log));
        }
        log.add(line(node), path.isEmpty() ? "file" : path, "must be " + what + " (key: value lines)");
        return Optional.empty();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The line the mapping starts on. */
    int line() {
        return line(node);
    }

    /** The line of a field's value, or of the mapping when the field is absent. */
    int line(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line() : line(tuple.getValueNode());
    }

    /** The path of a field in problems. */
    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reports every field not in {@code known}. */
    void rejectUnknown(Set<String> known) {
        for (NodeTuple tuple : fields.values()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!known.contains(key)) {
                log.add(
                        line(tuple.getKeyNode()),
                        field(key),
                        "unknown field (expected one of " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /** True if the field is written, even without a value. */
    boolean written(String key) {
        return fields.containsKey(key);
    }

    /** True if the field is present with a non-empty value. */
    boolean has(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple != null && !isEmpty(tuple.getValueNode());
    }

    @Nullable
    Node node(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null || isEmpty(tuple.getValueNode()) ? null : tuple.getValueNode();
    }

    /** A required text field: reports it missing or not text. */
    Optional<String> requiredText(String key) {
        if (!has(key)) {
            log.add(line(key), field(key), "missing; it is required");
            return Optional.empty();
        }
        return text(key);
    }

    /** An optional text field: empty if absent; reports it if not text. */
    Optional<String> text(String key) {
        Node value = node(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        log.add(line(value), field(key), "must be a single value, not a list or mapping");
        return Optional.empty();
    }

    /** An optional whole number between {@code min} and {@code max}. */
    Optional<Integer> integer(String key, int min, int max) {
        return text(key).flatMap(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            log.add(
                    line(key),
                    field(key),
                    "must be a whole number from " + min + " to " + max + ", not '" + text + "'");
            return Optional.<Integer>empty();
        });
    }

    /** An optional true/false field. */
    Optional<Boolean> bool(String key) {
        return text(key).flatMap(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                log.add(line(key), field(key), "must be true or false, not '" + text + "'");
                yield Optional.<Boolean>empty();
            }
        });
    }

    /** An optional date, written {@code 2026-03-31} or {@code 31/03/2026}. */
    Optional<LocalDate> date(String key) {
        return text(key).flatMap(text -> {
            try {
                return Optional.of(text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text));
            } catch (DateTimeException e) {
                log.add(line(key), field(key), "must be a date such as 2026-03-31 or 31/03/2026, not '" + text + "'");
                return Optional.<LocalDate>empty();
            }
        });
    }

    /**
     * An optional list of words: a YAML list, or one value with commas ({@code website, facebook}).
     *
     * @return the words with their lines; empty list if absent
     */
    List<Word> words(String key) {
        Node value = node(key);
        List<Word> words = new ArrayList<>();
        if (value == null) {
            return words;
        }
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    words.add(new Word(scalar.getValue().strip(), line(item)));
                } else {
                    log.add(line(item), field(key), "each entry must be a single word");
                }
            }
        } else if (value instanceof ScalarNode scalar) {
            for (String part : scalar.getValue().split(",")) {
                if (!part.isBlank()) {
                    words.add(new Word(part.strip(), line(value)));
                }
            }
        } else {
            log.add(line(value), field(key), "must be a list");
        }
        return words;
    }

    /** The nested mapping of a field, if present. */
    Optional<YamlFields> mapping(String key, String what) {
        Node value = node(key);
        return value == null ? Optional.empty() : of(value, field(key), what, log);
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank());
    }

    /**
     * One entry of a list field.
     *
     * @param value the entry
     * @param line its line
     */
    record Word(String value, int line) {}
}
