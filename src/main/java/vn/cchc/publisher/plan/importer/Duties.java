package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the duties of "Tổ chức thực hiện": a numbered heading names a department ("2. Phòng Tổ chức cán
 * bộ"), each bullet or paragraph under it is one of its duties. A heading with a colon ("3. Các khoa,
 * phòng: Trên cơ sở …") is a department and its first duty; a bullet that starts with a department
 * ("- Phòng Tổ chức - Hành chính làm đầu mối …") names its own.
 */
final class Duties {

    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-+•]\\s*(\\S.*)$");
    private static final int SHORTEST_DUTY = 20;

    private Duties() {}

    static List<Task> read(List<Para> paras) {
        List<Task> duties = new ArrayList<>();
        String owner = "";
        for (Para para : paras) {
            if (para.tabbed()) {
                continue;
            }
            Matcher heading = HEADING.matcher(para.text());
            if (heading.matches()) {
                String text = heading.group(2);
                Optional<String[]> split = OwnerText.split(text).filter(parts -> text.contains(":"));
                owner = split.map(parts -> parts[0]).orElse(OwnerText.stripEnd(text));
                if (split.isPresent() && split.get()[1].length() >= SHORTEST_DUTY) {
                    duties.add(duty(duties.size() + 1, owner, split.get()[1], para));
                }
                continue;
            }
            Matcher bullet = BULLET.matcher(para.text());
            String text = bullet.matches() ? bullet.group(1) : para.text();
            if (text.length() < SHORTEST_DUTY) {
                continue;
            }
            Optional<String[]> named = OwnerText.split(text);
            if (owner.isEmpty() && named.isPresent()) {
                duties.add(duty(duties.size() + 1, named.get()[0], text, para));
            } else {
                duties.add(duty(duties.size() + 1, owner, text, para));
            }
        }
        return duties;
    }

    private static Task duty(int index, String owner, String text, Para para) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.TASK, text);
        if (!owner.isEmpty()) {
            cells.put(Column.OWNER, owner);
        }
        return new Task("d" + index, text, "", new Row("d" + index, cells, para.lines(), List.of()), true);
    }
}
