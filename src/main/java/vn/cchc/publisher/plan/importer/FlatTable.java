package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.plan.internal.FrequencyParser;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * Reads task tables flattened to one cell per line, as PDF extraction leaves them: the header cells on
 * consecutive lines tell the columns, then each row starts with a line holding only its number. Empty
 * cells leave no line, so a row with fewer cells than columns has its cells matched to columns by their
 * words: a frequency goes to the time column, a department to the owner (then partner) column, the first
 * cell is the task, the rest the product.
 */
final class FlatTable {

    private static final int MIN_HEADER_CELLS = 3;
    private static final int LONGEST_TIME = 40;
    private static final Pattern TIME_WORDS =
            Pattern.compile("\\b(?:hang|moi|dinh ky|thuong xuyen|quy|thang|nam|tuan|ngay|lan|khi)\\b");

    private FlatTable() {}

    static List<Row> read(List<Line> lines, int year) {
        List<Line> cells = lines.stream().filter(l -> !l.blank() && !l.tabbed()).toList();
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < cells.size()) {
            Optional<List<Column>> header = header(cells, i);
            if (header.isEmpty()) {
                i++;
                continue;
            }
            List<Column> columns = header.get();
            i += columns.size();
            List<Line> rowLines = new ArrayList<>();
            @Nullable String number = null;
            while (i < cells.size() && !ends(cells.get(i))) {
                Optional<List<Column>> repeated = header(cells, i);
                if (repeated.isPresent()) {
                    i += repeated.get().size();
                    continue;
                }
                var matcher = TabTable.NUMBER.matcher(cells.get(i).text().strip());
                if (matcher.matches()) {
                    addRow(rows, number, rowLines, columns, year);
                    number = matcher.group(1);
                    rowLines = new ArrayList<>(List.of(cells.get(i)));
                } else if (number != null) {
                    rowLines.add(cells.get(i));
                }
                i++;
            }
            addRow(rows, number, rowLines, columns, year);
        }
        return rows;
    }

    private static Optional<List<Column>> header(List<Line> cells, int from) {
        List<Column> columns = new ArrayList<>();
        for (int i = from; i < cells.size(); i++) {
            Optional<Column> column = Column.ofHeader(cells.get(i).text());
            if (column.isEmpty() || columns.contains(column.get())) {
                break;
            }
            columns.add(column.get());
        }
        boolean isHeader = columns.size() >= MIN_HEADER_CELLS
                && columns.contains(Column.TASK)
                && (columns.contains(Column.OWNER) || columns.contains(Column.TIME));
        return isHeader ? Optional.of(columns) : Optional.empty();
    }

    private static boolean ends(Line line) {
        Para para = new Para(line.text().strip(), List.of(line.number()));
        return Sections.isTop(para) || Sections.isClosing(para);
    }

    private static void addRow(
            List<Row> rows, @Nullable String number, List<Line> lines, List<Column> columns, int year) {
        if (number == null) {
            return;
        }
        List<String> cells = joinBrokenCells(lines.subList(1, lines.size()));
        List<Column> data = columns.stream().filter(c -> c != Column.NUMBER).toList();
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<String> notes = new ArrayList<>();
        if (cells.size() == data.size()) {
            for (int i = 0; i < cells.size(); i++) {
                values.put(data.get(i), cells.get(i));
            }
        } else if (!cells.isEmpty()) {
            byWords(cells, data, year, values);
            if (values.size() > 1) {
                notes.add("cells matched to columns by their words (the row has " + cells.size() + " cells for "
                        + data.size() + " columns)");
            }
        }
        rows.add(new Row(number, values, lines.stream().map(Line::number).toList(), notes));
    }

    private static List<String> joinBrokenCells(List<Line> lines) {
        List<String> cells = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text().strip();
            if (!cells.isEmpty() && Character.isLowerCase(text.codePointAt(0))) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + text);
            } else {
                cells.add(text);
            }
        }
        return cells;
    }

    private static void byWords(List<String> cells, List<Column> data, int year, Map<Column, String> values) {
        values.put(Column.TASK, cells.get(0));
        for (String cell : cells.subList(1, cells.size())) {
            Column column;
            if ((isFrequency(cell, year) || looksLikeTime(cell)) && !values.containsKey(Column.TIME)) {
                column = Column.TIME;
            } else if (OwnerText.looksLikeOwner(cell) && !values.containsKey(Column.OWNER)) {
                column = Column.OWNER;
            } else if (OwnerText.looksLikeOwner(cell) && data.contains(Column.PARTNER)) {
                column = Column.PARTNER;
            } else {
                column = Column.PRODUCT;
            }
            values.merge(column, cell, (a, b) -> a + "; " + b);
        }
    }

    private static boolean looksLikeTime(String cell) {
        return cell.length() <= LONGEST_TIME
                && TIME_WORDS.matcher(VietnameseText.fold(cell)).find();
    }

    private static boolean isFrequency(String cell, int year) {
        try {
            FrequencyParser.parse(cell, year);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
