package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a task section written as a numbered list: "1. Cập nhật, công khai các TTHC …" followed by lines
 * such as "- Đơn vị chủ trì: …", "- Thời gian thực hiện: …", "- Tần suất: …". Other bullets under an item
 * are part of its task.
 */
final class TaskList {

    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s*[.)]\\s+(\\S.*)$");
    private static final Pattern LABELLED = Pattern.compile("^[-+•]\\s*([^:]{2,40}?)\\s*:\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-+•]\\s*(.+)$");

    private TaskList() {}

    static List<Row> read(List<Para> paras) {
        List<Row> rows = new ArrayList<>();
        @Nullable String number = null;
        Map<Column, String> cells = new EnumMap<>(Column.class);
        List<Integer> lines = new ArrayList<>();
        for (Para para : paras) {
            if (para.tabbed()) {
                continue;
            }
            Matcher item = ITEM.matcher(para.text());
            if (item.matches()) {
                add(rows, number, cells, lines);
                number = item.group(1);
                cells = new EnumMap<>(Column.class);
                cells.put(Column.TASK, item.group(2).strip());
                lines = new ArrayList<>(para.lines());
                continue;
            }
            if (number == null) {
                continue;
            }
            lines.addAll(para.lines());
            Optional<Column> label = label(para.text());
            if (label.isPresent()) {
                Matcher labelled = LABELLED.matcher(para.text());
                if (labelled.matches() && !labelled.group(2).isBlank()) {
                    cells.merge(label.get(), labelled.group(2).strip(), (a, b) -> a + "; " + b);
                }
            } else {
                Matcher bullet = BULLET.matcher(para.text());
                String detail = bullet.matches() ? bullet.group(1) : para.text();
                cells.merge(Column.TASK, detail.strip(), (a, b) -> OwnerText.stripEnd(a) + "; " + b);
            }
        }
        add(rows, number, cells, lines);
        return rows;
    }

    private static Optional<Column> label(String text) {
        Matcher labelled = LABELLED.matcher(text);
        if (!labelled.matches()) {
            return Optional.empty();
        }
        return Column.ofHeader(labelled.group(1)).filter(c -> c != Column.TASK && c != Column.NUMBER);
    }

    private static void add(List<Row> rows, @Nullable String number, Map<Column, String> cells, List<Integer> lines) {
        if (number != null) {
            rows.add(new Row(number, cells, lines.stream().sorted().toList(), List.of()));
        }
    }
}
