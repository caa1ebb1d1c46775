package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads tab-separated task tables: a header row whose cells name the columns ("STT", "Nhiệm vụ", "Bộ
 * phận chủ trì", "Thời gian thực hiện", …), then numbered rows. A repeated header (a page break) is
 * skipped; a line without tabs ends the table.
 */
final class TabTable {

    static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s*[.)]?$");

    private TabTable() {}

    static List<Row> read(List<Para> paras) {
        List<Row> rows = new ArrayList<>();
        List<Column> header = null;
        for (Para para : paras) {
            if (!para.tabbed()) {
                header = null;
                continue;
            }
            String[] cells = para.text().split("\t", -1);
            Optional<List<Column>> columns = header(cells);
            if (columns.isPresent()) {
                header = columns.get();
                continue;
            }
            if (header != null) {
                row(header, cells, para.firstLine()).ifPresent(rows::add);
            }
        }
        return rows;
    }

    /** The columns, if these cells are a task table's header: a task column and an owner or time column. */
    static Optional<List<Column>> header(String[] cells) {
        List<Column> columns = new ArrayList<>();
        int known = 0;
        for (String cell : cells) {
            Optional<Column> column = Column.ofHeader(cell);
            columns.add(column.orElse(Column.NOTE));
            known += column.isPresent() ? 1 : 0;
        }
        boolean isHeader = known >= 3
                && columns.contains(Column.TASK)
                && (columns.contains(Column.OWNER) || columns.contains(Column.TIME));
        return isHeader ? Optional.of(columns) : Optional.empty();
    }

    private static Optional<Row> row(List<Column> header, String[] cells, int line) {
        int numberAt = header.contains(Column.NUMBER) ? header.indexOf(Column.NUMBER) : 0;
        if (numberAt >= cells.length) {
            return Optional.empty();
        }
        var number = NUMBER.matcher(cells[numberAt].strip());
        if (!number.matches()) {
            return Optional.empty();
        }
        Map<Column, String> values = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.length && i < header.size(); i++) {
            Column column = header.get(i);
            String cell = cells[i].strip();
            if (i != numberAt && column != Column.NUMBER && !cell.isEmpty()) {
                values.merge(column, cell, (a, b) -> a + "; " + b);
            }
        }
        return Optional.of(new Row(number.group(1), values, List.of(line), List.of()));
    }
}
