package vn.cchc.publisher.plan.importer;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.ProposedTarget;
import vn.cchc.publisher.shared.Area;

/**
 * Writes a proposal as a plan file: the header, then each target with comments naming its source lines
 * and what the officer must check. A frequency that could not be read stays in a comment and the target
 * gets a placeholder {@code count: 1}, {@code period: year}, so that the file loads but is clearly marked.
 */
final class ProposalWriter {

    private ProposalWriter() {}

    static String write(
            String source,
            String unit,
            String planNumber,
            int year,
            List<String> checks,
            List<ProposedTarget> targets) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Proposed plan file, made by `plan import` from ")
                .append(oneLine(source))
                .append(".\n");
        yaml.append("# Check each target against the plan, above all the lines marked CHECK, then save it as\n");
        yaml.append("# config/plan-")
                .append(year)
                .append(".yaml. Each target names the lines of the text it came")
                .append(" from.\n");
        checks.forEach(check -> yaml.append("# CHECK: ").append(oneLine(check)).append('\n'));
        yaml.append("unit:\n  name: ").append(quote(unit)).append('\n');
        yaml.append("plan_number: ").append(quote(planNumber)).append('\n');
        yaml.append("year: ").append(year).append('\n');
        yaml.append("\ntargets:").append(targets.isEmpty() ? " []\n" : "\n");
        for (ProposedTarget target : targets) {
            yaml.append('\n');
            target(yaml, target);
        }
        return yaml.toString();
    }

    private static void target(StringBuilder yaml, ProposedTarget target) {
        yaml.append("  # ").append(lines(target.lines())).append('\n');
        target.checks()
                .forEach(check ->
                        yaml.append("  # CHECK: ").append(oneLine(check)).append('\n'));
        yaml.append("  - id: ").append(target.id()).append('\n');
        yaml.append("    task: ").append(quote(target.task())).append('\n');
        yaml.append("    owner: ").append(quote(target.owner())).append('\n');
        yaml.append("    channels: ")
                .append(list(target.channels().stream().map(PlanChannel::id).toList()))
                .append('\n');
        yaml.append("    kind: ").append(target.kind().id()).append('\n');
        yaml.append("    areas: ")
                .append(list(target.areas().stream().map(Area::id).toList()))
                .append('\n');
        if (target.rule() != null && target.frequency() != null) {
            yaml.append("    frequency: ").append(quote(target.frequency())).append('\n');
            if (target.window() != null) {
                DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
                yaml.append("    window: {from: ")
                        .append(iso.format(target.window().from()))
                        .append(", to: ")
                        .append(iso.format(target.window().to()))
                        .append("}\n");
            }
            return;
        }
        if (target.frequency() != null) {
            yaml.append("    # the plan says: ")
                    .append(oneLine(target.frequency()))
                    .append('\n');
        }
        yaml.append("    count: 1 # CHECK: placeholder, fill in from the plan\n");
        yaml.append("    period: year # CHECK: month, quarter, half-year or year\n");
    }

    private static String lines(List<Integer> lines) {
        if (lines.size() == 1) {
            return "source: line " + lines.get(0);
        }
        StringBuilder ranges = new StringBuilder("source: lines ");
        int start = lines.get(0);
        int previous = start;
        for (int i = 1; i <= lines.size(); i++) {
            boolean end = i == lines.size() || lines.get(i) > previous + 2;
            if (end) {
                ranges.append(start == previous ? String.valueOf(start) : start + "-" + previous);
                if (i < lines.size()) {
                    ranges.append(", ");
                    start = lines.get(i);
                }
            }
            if (i < lines.size()) {
                previous = lines.get(i);
            }
        }
        return ranges.toString();
    }

    private static String list(List<String> values) {
        return values.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : oneLine(text).toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(' ');
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
