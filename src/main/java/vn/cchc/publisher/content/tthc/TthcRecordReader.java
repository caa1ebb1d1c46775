package vn.cchc.publisher.content.tthc;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.TthcProcedure.OnlineService;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * Reads the YAML of one TTHC file into a procedure. It works on SnakeYAML's node tree rather than on
 * loaded maps so that every problem names the line it is on, and so that an unquoted code such as
 * {@code 1.001230} keeps its trailing zero. Every problem of the file is reported, not only the first.
 */
final class TthcRecordReader {

    /** A procedure code: a digit, a dot, six digits. */
    static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

    private static final List<String> TEXT_FIELDS = List.of(
            "code", "name", "field", "level", "agency", "processing_time", "fees", "applicants", "result", "online");
    private static final List<String> LIST_FIELDS = List.of("steps", "ways", "documents", "legal_basis");
    private static final List<String> OPTIONAL_FIELDS = List.of("portal_url", "note");
    private static final List<String> ALL_FIELDS = Stream.of(TEXT_FIELDS, LIST_FIELDS, OPTIONAL_FIELDS)
            .flatMap(List::stream)
            .toList();
    private static final Set<String> KNOWN = Set.copyOf(ALL_FIELDS);
    private static final String KNOWN_LIST = String.join(", ", ALL_FIELDS);
    private static final String YAML_HINT_VI = "kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề";

    /**
     * What one file gave.
     *
     * @param code the code if it is well-formed, even when other fields are wrong (for duplicate checks)
     * @param codeLine the line of the code
     * @param procedure the procedure, or null when the file has a problem
     */
    record Outcome(
            @Nullable String code, int codeLine, @Nullable TthcProcedure procedure) {}

    private final String file;
    private final List<ContentProblem> problems;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new HashMap<>();
    private int recordLine = 1;
    private boolean valid = true;

    private TthcRecordReader(String file, List<ContentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads {@code text}, the content of {@code file}, adding its problems to {@code problems}. */
    static Outcome read(String file, String text, List<ContentProblem> problems) {
        return new TthcRecordReader(file, problems).read(text);
    }

    private Outcome read(String text) {
        Optional<MappingNode> mapping = parse(text);
        if (mapping.isEmpty()) {
            return new Outcome(null, 1, null);
        }
        recordLine = YamlNodes.line(mapping.get());
        collect(mapping.get());
        String code = code();
        int codeLine = lineOf("code");
        TthcProcedure procedure = new TthcProcedure(
                file,
                code == null ? "" : code,
                requiredText("name"),
                requiredText("field"),
                requiredText("level"),
                requiredText("agency"),
                requiredList("steps"),
                requiredList("ways"),
                requiredList("documents"),
                requiredText("processing_time"),
                requiredText("fees"),
                requiredText("applicants"),
                requiredText("result"),
                requiredList("legal_basis"),
                online(),
                portalUrl());
        optionalText("note");
        return new Outcome(code, codeLine, valid ? procedure : null);
    }

    private Optional<MappingNode> parse(String text) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problem(
                    mark == null ? 1 : mark.getLine() + 1,
                    "file",
                    "not valid YAML: " + e.getProblem(),
                    "sai cú pháp YAML ở dòng này: " + YAML_HINT_VI + " (chi tiết: " + e.getProblem() + ")");
            return Optional.empty();
        } catch (YAMLException e) {
            problem(
                    1,
                    "file",
                    "not valid YAML: " + e.getMessage(),
                    "sai cú pháp YAML: " + YAML_HINT_VI + " (chi tiết: " + e.getMessage() + ")");
            return Optional.empty();
        }
        if (root == null) {
            problem(
                    1,
                    "file",
                    "empty; a procedure needs the fields " + KNOWN_LIST,
                    "tệp trống; một thủ tục cần các trường " + KNOWN_LIST);
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problem(
                    YamlNodes.line(root),
                    "file",
                    "expected `field: value` lines, found " + YamlNodes.kind(root),
                    "cần các dòng dạng `trường: giá trị`, nhưng gặp " + YamlNodes.kindVi(root));
            return Optional.empty();
        }
        return Optional.of(mapping);
    }

    private void collect(MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                problem(
                        YamlNodes.line(keyNode),
                        "file",
                        "expected a field name, found " + YamlNodes.kind(keyNode),
                        "cần một tên trường, nhưng gặp " + YamlNodes.kindVi(keyNode));
                continue;
            }
            String name = key.getValue();
            if (!KNOWN.contains(name)) {
                problem(
                        YamlNodes.line(key),
                        name,
                        "unknown field; the fields are " + KNOWN_LIST,
                        "trường không có; các trường là: " + KNOWN_LIST);
            } else if (fields.putIfAbsent(name, tuple.getValueNode()) != null) {
                problem(
                        YamlNodes.line(key),
                        name,
                        "given twice (first on line " + lineOf(name) + "); keep one",
                        "trường bị ghi hai lần (lần đầu ở dòng " + lineOf(name) + "); chỉ giữ một");
            } else {
                keyLines.put(name, YamlNodes.line(key));
            }
        }
    }

    private @Nullable String code() {
        String code = requiredTextOrNull("code");
        if (code != null && !CODE.matcher(code).matches()) {
            problem(
                    lineOf("code"),
                    "code",
                    "'" + code
                            + "' is not a procedure code; codes look like 1.001234 or 2.000123 (a digit, a dot, six digits)",
                    "'" + code + "' không phải mã thủ tục; mã có dạng 1.001234 hoặc 2.000123 (một chữ số, dấu chấm,"
                            + " sáu chữ số)");
            return null;
        }
        return code;
    }

    private OnlineService online() {
        String value = requiredTextOrNull("online");
        if (value == null) {
            return OnlineService.NONE;
        }
        String id = VietnameseText.fold(value).replace(' ', '-');
        for (OnlineService service : OnlineService.values()) {
            if (service.id().equals(id)) {
                return service;
            }
        }
        problem(
                lineOf("online"),
                "online",
                "unknown online service level '" + value
                        + "'; use toan-trinh (fully online), mot-phan (partly online) or khong (not online)",
                "mức dịch vụ công trực tuyến '" + value + "' không có; dùng toan-trinh (toàn trình), mot-phan"
                        + " (một phần) hoặc khong (không trực tuyến)");
        return OnlineService.NONE;
    }

    private @Nullable String portalUrl() {
        String url = optionalText("portal_url");
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problem(
                lineOf("portal_url"),
                "portal_url",
                "'" + url + "' is not an http(s) address",
                "'" + url + "' không phải địa chỉ web http(s); ghi đầy đủ, ví dụ https://dichvucong.gov.vn/…");
        return null;
    }

    private String requiredText(String name) {
        String text = requiredTextOrNull(name);
        return text == null ? "" : text;
    }

    private @Nullable String requiredTextOrNull(String name) {
        if (!fields.containsKey(name)) {
            missing(name);
            return null;
        }
        String text = optionalText(name);
        if (text == null && valueIsScalar(name)) {
            problem(lineOf(name), name, "is empty; give a value", "để trống; hãy ghi giá trị");
        }
        return text;
    }

    private @Nullable String optionalText(String name) {
        Node node = fields.get(name);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return YamlNodes.text(scalar);
        }
        problem(
                lineOf(name),
                name,
                "expected one value, found " + YamlNodes.kind(node),
                "cần một giá trị, nhưng gặp " + YamlNodes.kindVi(node));
        return null;
    }

    private List<String> requiredList(String name) {
        Node node = fields.get(name);
        if (node == null) {
            missing(name);
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            String text = YamlNodes.text(scalar);
            if (text == null) {
                problem(lineOf(name), name, "is empty; give at least one item", "để trống; ghi ít nhất một mục");
                return List.of();
            }
            return List.of(text);
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(
                    lineOf(name),
                    name,
                    "expected a list of `- item` lines, found " + YamlNodes.kind(node),
                    "cần một danh sách, mỗi mục một dòng `- mục`, nhưng gặp " + YamlNodes.kindVi(node));
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String text = item instanceof ScalarNode scalar ? YamlNodes.text(scalar) : null;
            if (text == null) {
                problem(
                        YamlNodes.line(item),
                        name,
                        "item " + (items.size() + 1) + " is "
                                + (item instanceof ScalarNode ? "empty" : YamlNodes.kind(item))
                                + "; each item is one line of text",
                        "mục " + (items.size() + 1) + " "
                                + (item instanceof ScalarNode ? "để trống" : "là " + YamlNodes.kindVi(item))
                                + "; mỗi mục là một dòng chữ");
                continue;
            }
            items.add(text);
        }
        if (sequence.getValue().isEmpty()) {
            problem(
                    lineOf(name),
                    name,
                    "is an empty list; give at least one item",
                    "danh sách trống; ghi ít nhất một mục");
        }
        return items;
    }

    private boolean valueIsScalar(String name) {
        return fields.get(name) instanceof ScalarNode;
    }

    private void missing(String name) {
        problem(recordLine, name, "missing; every procedure needs it", "thiếu trường này; mọi thủ tục đều cần có");
    }

    private void problem(int line, String field, String reason, String reasonVi) {
        valid = false;
        problems.add(new ContentProblem(file, line, field, reason, reasonVi));
    }

    /** The line of a field's key; the record's first line for a field that is not there. */
    private int lineOf(String name) {
        return keyLines.getOrDefault(name, recordLine);
    }
}
