package vn.cchc.publisher.content.tthc;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.cchc.publisher.shared.VietnameseText;

/** Small readings of SnakeYAML nodes: their text, their line, and how to name their kind in a message. */
final class YamlNodes {

    private YamlNodes() {}

    /** The scalar's text in NFC with whitespace collapsed; null when it is empty or a YAML null. */
    static @Nullable String text(ScalarNode scalar) {
        if (Tag.NULL.equals(scalar.getTag())) {
            return null;
        }
        String text = VietnameseText.normalize(scalar.getValue());
        return text.isEmpty() ? null : text;
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    static String kind(Node node) {
        return switch (node.getNodeId()) {
            case mapping -> "`key: value` pairs";
            case sequence -> "a list";
            case scalar -> "a single value";
            case anchor -> "an anchor";
        };
    }

    /** {@link #kind} in Vietnamese, for the officer's messages. */
    static String kindVi(Node node) {
        return switch (node.getNodeId()) {
            case mapping -> "các cặp `tên: giá trị`";
            case sequence -> "một danh sách";
            case scalar -> "một giá trị";
            case anchor -> "một neo (anchor) YAML";
        };
    }
}
