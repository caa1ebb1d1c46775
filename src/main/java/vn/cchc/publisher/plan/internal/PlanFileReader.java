package vn.cchc.publisher.plan.internal;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanSnapshot;
import vn.cchc.publisher.plan.PlanUnit;
import vn.cchc.publisher.plan.Target;

/**
 * Reads one plan file with SnakeYAML's node API, so that every problem names its line and field. A bad
 * header (unit, plan number, year, time zone, targets list) rejects the file; a bad target is left out.
 */
public final class PlanFileReader {

    /** The time zone of a plan that names none. */
    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Set<String> FIELDS = Set.of("unit", "plan_number", "year", "timezone", "targets");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("plan-(\\d{4})(?!\\d)");

    private PlanFileReader() {}

    /**
     * Reads a plan.
     *
     * @param fileName the name problems are reported under
     * @param yaml the file's content
     * @return the plan, if the header is valid, and every problem found
     */
    public static PlanSnapshot read(String fileName, String yaml) {
        ProblemLog log = new ProblemLog(fileName);
        Optional<Plan> plan = compose(yaml, log).flatMap(root -> plan(root, fileName, log));
        return new PlanSnapshot(plan.stream().toList(), log.problems());
    }

    private static Optional<Node> compose(String yaml, ProblemLog log) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        try {
            Node root = new Yaml(options).compose(new StringReader(yaml));
            if (root == null) {
                log.add(1, "file", "is empty; a plan needs unit, plan_number, year and targets");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            log.add(line, "file", "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            log.add(1, "file", "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<Plan> plan(Node root, String fileName, ProblemLog log) {
        Optional<YamlFields> found = YamlFields.of(root, "", "a mapping with unit, plan_number, year, targets", log);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = found.get();
        int before = log.size();
        fields.rejectUnknown(FIELDS);
        Optional<PlanUnit> unit = unit(fields, log);
        Optional<String> number = fields.requiredText("plan_number");
        Optional<Integer> year = fields.has("year") ? fields.integer("year", 2000, 2100) : missing(fields, log);
        year.ifPresent(y -> checkFileName(fileName, y, fields, log));
        ZoneId timezone = timezone(fields, log);
        Node targetsNode = fields.node("targets");
        if (!fields.written("targets")) {
            log.add(fields.line(), "targets", "missing; list the plan's targets (it may be an empty list: [])");
        } else if (targetsNode != null && !(targetsNode instanceof SequenceNode)) {
            log.add(fields.line("targets"), "targets", "must be a list of targets (lines starting with '- ')");
        }
        if (log.size() > before || unit.isEmpty() || number.isEmpty() || year.isEmpty()) {
            if (targetsNode instanceof SequenceNode sequence && year.isPresent()) {
                targets(sequence, year.get(), log);
            }
            return Optional.empty();
        }
        List<Target> targets =
                targetsNode instanceof SequenceNode sequence ? targets(sequence, year.get(), log) : List.of();
        return Optional.of(new Plan(fileName, unit.get(), number.get(), year.get(), timezone, targets));
    }

    private static List<Target> targets(SequenceNode sequence, int year, ProblemLog log) {
        List<Target> targets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Node node : sequence.getValue()) {
            index++;
            String path = "targets[" + idOf(node).orElse(String.valueOf(index)) + "]";
            YamlFields.of(node, path, "a target (id, task, owner, …)", log)
                    .flatMap(fields -> TargetReader.read(fields, year, ids, log))
                    .ifPresent(targets::add);
        }
        return targets;
    }

    private static Optional<String> idOf(Node node) {
        if (node instanceof MappingNode mapping) {
            return mapping.getValue().stream()
                    .filter(t -> key(t).equals("id") && t.getValueNode() instanceof ScalarNode)
                    .map(t -> ((ScalarNode) t.getValueNode()).getValue().strip())
                    .filter(id -> TargetReader.KEBAB_CASE.matcher(id).matches())
                    .findFirst();
        }
        return Optional.empty();
    }

    private static String key(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
    }

    private static Optional<PlanUnit> unit(YamlFields fields, ProblemLog log) {
        Node node = fields.node("unit");
        if (node == null) {
            log.add(fields.line("unit"), "unit", "missing; give the unit's name (unit: {name: …})");
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(new PlanUnit(scalar.getValue().strip(), null));
        }
        return fields.mapping("unit", "a mapping with name and an optional id").flatMap(unit -> {
            unit.rejectUnknown(Set.of("name", "id"));
            Optional<String> name = unit.requiredText("name");
            Optional<String> id = unit.text("id");
            if (id.isPresent() && !TargetReader.KEBAB_CASE.matcher(id.get()).matches()) {
                log.add(unit.line("id"), unit.field("id"), "'" + id.get() + "' is not kebab-case (e.g. ttyt-phu-cat)");
                return Optional.empty();
            }
            return name.map(n -> new PlanUnit(n, id.orElse(null)));
        });
    }

    private static Optional<Integer> missing(YamlFields fields, ProblemLog log) {
        log.add(fields.line(), "year", "missing; give the plan year, e.g. year: 2026");
        return Optional.empty();
    }

    private static void checkFileName(String fileName, int year, YamlFields fields, ProblemLog log) {
        Matcher matcher = YEAR_IN_NAME.matcher(fileName);
        if (matcher.find() && Integer.parseInt(matcher.group(1)) != year) {
            log.add(
                    fields.line("year"),
                    "year",
                    "the file is named for " + matcher.group(1) + " but says year " + year
                            + "; rename the file or correct the year");
        }
    }

    private static ZoneId timezone(YamlFields fields, ProblemLog log) {
        return fields.text("timezone")
                .map(zone -> {
                    try {
                        return ZoneId.of(zone);
                    } catch (DateTimeException e) {
                        log.add(
                                fields.line("timezone"),
                                "timezone",
                                "unknown time zone '" + zone + "' (e.g. Asia/Ho_Chi_Minh)");
                        return DEFAULT_TIMEZONE;
                    }
                })
                .orElse(DEFAULT_TIMEZONE);
    }
}
