package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns table rows into tasks. A row with sub-rows ("4." above "4.1", "4.2") is a group: its words lead
 * each sub-row's task and it is no task itself. A cell a row leaves empty is taken from its group row or
 * the row above at the same level, since extraction empties the lower parts of vertically merged cells;
 * each such row is marked for checking.
 */
final class TaskRows {

    private static final List<Column> MERGEABLE =
            List.of(Column.OWNER, Column.PARTNER, Column.TIME, Column.FREQUENCY, Column.PRODUCT, Column.FORM);

    private TaskRows() {}

    /**
     * @param rows the rows in text order
     * @param mergedCells true for table rows, whose empty cells may be the lower parts of merged cells
     */
    static List<Task> resolve(List<Row> rows, boolean mergedCells) {
        Set<String> parents = rows.stream().map(Row::parentNumber).collect(Collectors.toSet());
        Map<String, Row> byNumber = new HashMap<>();
        rows.forEach(row -> byNumber.putIfAbsent(row.number(), row));
        Map<String, Row> lastAtLevel = new HashMap<>();
        Map<String, Map<Column, String>> origins = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (Row row : rows) {
            if (parents.contains(row.number()) || row.cell(Column.TASK).isBlank()) {
                continue;
            }
            @Nullable Row parent = byNumber.get(row.parentNumber());
            @Nullable Row above = lastAtLevel.get(row.parentNumber());
            Map<Column, String> origin = new EnumMap<>(Column.class);
            Map<Column, String> aboveOrigin = above == null ? Map.of() : origins.get(above.number());
            Row filled = mergedCells ? fill(row, parent, above, aboveOrigin, origin) : row;
            lastAtLevel.put(row.parentNumber(), filled);
            origins.put(row.number(), origin);
            String parentTask = parent == null ? "" : parent.cell(Column.TASK);
            tasks.add(new Task(row.number(), row.cell(Column.TASK), parentTask, filled, false));
        }
        return tasks;
    }

    private static Row fill(
            Row row,
            @Nullable Row parent,
            @Nullable Row above,
            Map<Column, String> aboveOrigin,
            Map<Column, String> origin) {
        Row filled = row;
        List<String> taken = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Column column : MERGEABLE) {
            if (row.has(column)) {
                continue;
            }
            if (parent != null && parent.has(column)) {
                filled = filled.with(column, parent.cell(column), "");
                sources.add("group row " + parent.number());
            } else if (above != null && above.has(column)) {
                filled = filled.with(column, above.cell(column), "");
                String from = aboveOrigin.getOrDefault(column, above.number());
                origin.put(column, from);
                sources.add("row " + from + " above");
            } else {
                continue;
            }
            taken.add(column.label());
        }
        if (taken.isEmpty() || !(taken.contains("owner") || taken.contains("time"))) {
            return filled;
        }
        return filled.withNote(String.join(", ", taken) + " taken from " + String.join(" and ", sources)
                + ": the table leaves these cells empty (merged cells?)");
    }
}
