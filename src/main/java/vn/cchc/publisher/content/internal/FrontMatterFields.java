package vn.cchc.publisher.content.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * The fields of a front matter, read with SnakeYAML's node API so that every value keeps the line it is
 * on. Type mismatches are reported as they are asked for.
 */
final class FrontMatterFields {

    /**
     * A value and the line of the file it is on.
     *
     * @param value the text, NFC, trimmed
     * @param line the 1-based line of the file
     */
    record Value(String value, int line) {}

    private final Map<String, NodeTuple> fields;
    private final Problems problems;
    private final boolean readable;

    private FrontMatterFields(Map<String, NodeTuple> fields, Problems problems, boolean readable) {
        this.fields = fields;
        this.problems = problems;
        this.readable = readable;
    }

    /** False when the YAML could not be read at all (already reported): no field can be checked. */
    boolean readable() {
        return readable;
    }

    /** True when the field is given as a list or nested fields rather than as one value. */
    boolean isCollection(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple != null && !(tuple.getValueNode() instanceof ScalarNode);
    }

    /** Parses {@code frontMatter}; YAML errors are reported and give an empty set of fields. */
    static FrontMatterFields parse(FrontMatter frontMatter, Problems problems) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(frontMatter.yaml()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : lineOf(mark);
            String context = e.getContext() != null && e.getContextMark() != null
                    ? " (" + e.getContext() + " that starts on line " + lineOf(e.getContextMark()) + ")"
                    : "";
            String contextVi = e.getContext() != null && e.getContextMark() != null
                    ? " (trong phần bắt đầu ở dòng " + lineOf(e.getContextMark()) + ")"
                    : "";
            problems.error(
                    line,
                    FrontMatter.FIELD,
                    "invalid YAML: " + e.getProblem() + context,
                    "sai cú pháp YAML ở dòng này" + contextVi + ": kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề"
                            + " (chi tiết: " + e.getProblem() + ")");
            return new FrontMatterFields(fields, problems, false);
        } catch (YAMLException e) {
            problems.error(
                    1,
                    FrontMatter.FIELD,
                    "invalid YAML: " + e.getMessage(),
                    "sai cú pháp YAML: kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề (chi tiết: " + e.getMessage()
                            + ")");
            return new FrontMatterFields(fields, problems, false);
        }
        if (root == null) {
            return new FrontMatterFields(fields, problems, true);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(
                    line(root),
                    FrontMatter.FIELD,
                    "expected fields, one per line as 'name: value' (title: …)",
                    "cần các trường, mỗi trường một dòng dạng 'tên: giá trị' (title: …)");
            return new FrontMatterFields(fields, problems, true);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(
                        line(tuple.getKeyNode()),
                        FrontMatter.FIELD,
                        "a field name must be plain text",
                        "tên trường phải là một từ đơn giản như title, không phải danh sách hay nhóm trường");
                continue;
            }
            NodeTuple first = fields.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                problems.error(
                        line(key),
                        key.getValue(),
                        "duplicate field (first given on line " + line(first.getKeyNode()) + ")",
                        "trường bị ghi hai lần (lần đầu ở dòng " + line(first.getKeyNode()) + "); chỉ giữ một");
            }
        }
        return new FrontMatterFields(fields, problems, true);
    }

    /** The field names in file order, each with the line it is on. */
    Map<String, Integer> names() {
        Map<String, Integer> names = new LinkedHashMap<>();
        fields.forEach((name, tuple) -> names.put(name, line(tuple.getKeyNode())));
        return names;
    }

    /** The line of the field's name, or 1 if the field is absent. */
    int lineOf(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple == null ? 1 : line(tuple.getKeyNode());
    }

    /** The field as one value; empty if absent, null or of the wrong type (which is reported). */
    Optional<Value> text(String field) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null) {
            return Optional.empty();
        }
        Node node = tuple.getValueNode();
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        problems.error(
                line(node),
                field,
                "wrong type: expected a single value, found " + describe(node),
                "sai kiểu: cần một giá trị duy nhất, nhưng gặp " + describeVi(node));
        return Optional.empty();
    }

    /** The field as a list; empty if absent or null; items of the wrong type are reported and left out. */
    Optional<List<Value>> list(String field) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null) {
            return Optional.empty();
        }
        Node node = tuple.getValueNode();
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.error(
                    line(node),
                    field,
                    "wrong type: expected a list such as [a, b], found " + describe(node),
                    "sai kiểu: cần một danh sách như [a, b], nhưng gặp " + describeVi(node));
            return Optional.empty();
        }
        List<Value> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar) {
                scalar(scalar).ifPresent(values::add);
            } else {
                problems.error(
                        line(item),
                        field,
                        "wrong type: a list item must be a single value, found " + describe(item),
                        "sai kiểu: mỗi mục của danh sách phải là một giá trị, nhưng gặp " + describeVi(item));
            }
        }
        return Optional.of(values);
    }

    private static Optional<Value> scalar(ScalarNode scalar) {
        if (scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        String value = VietnameseText.nfc(scalar.getValue()).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(new Value(value, line(scalar)));
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof MappingNode ? "nested fields" : "a single value";
    }

    private static String describeVi(Node node) {
        if (node instanceof SequenceNode) {
            return "một danh sách";
        }
        return node instanceof MappingNode ? "các trường lồng nhau" : "một giá trị";
    }

    private static int line(Node node) {
        return lineOf(node.getStartMark());
    }

    private static int lineOf(Mark mark) {
        return FrontMatter.FIRST_LINE + mark.getLine();
    }
}
