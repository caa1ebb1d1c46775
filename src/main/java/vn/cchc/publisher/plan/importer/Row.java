package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One numbered row of a task table or item of a task list.
 *
 * @param number the number as written without its trailing dot: "1", "4.1"
 * @param cells the cells by column, each stripped; absent when the row leaves it empty
 * @param lines the source lines it came from
 * @param notes what was inferred rather than read, for the officer to check
 */
record Row(String number, Map<Column, String> cells, List<Integer> lines, List<String> notes) {

    Row {
        cells = cells.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(cells);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    String cell(Column column) {
        return cells.getOrDefault(column, "");
    }

    boolean has(Column column) {
        return !cell(column).isBlank();
    }

    /** The number of the row this one is a sub-row of ("4" for "4.1"), or empty for a top-level row. */
    String parentNumber() {
        int dot = number.lastIndexOf('.');
        return dot < 0 ? "" : number.substring(0, dot);
    }

    Row withNote(String note) {
        List<String> moreNotes = new ArrayList<>(notes);
        moreNotes.add(note);
        return new Row(number, cells, lines, moreNotes);
    }

    Row with(Column column, String value, String note) {
        Map<Column, String> changed = new EnumMap<>(Column.class);
        changed.putAll(cells);
        changed.put(column, value);
        List<String> moreNotes = new ArrayList<>(notes);
        if (!note.isEmpty()) {
            moreNotes.add(note);
        }
        return new Row(number, changed, lines, moreNotes);
    }
}
