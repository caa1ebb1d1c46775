package vn.cchc.publisher.calendar.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.cchc.publisher.calendar.AssignedContent;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.calendar.UnassignedContent;
import vn.cchc.publisher.plan.Plan;

/** The calendar as text for a terminal: ongoing entries first, then the slots grouped by due month. */
final class TextCalendarWriter {

    private static final String INDENT = "  ";
    private static final int LABEL_WIDTH = maxLabelWidth();
    private static final String CONTENT_INDENT = " ".repeat(INDENT.length() + 10 + 2 + LABEL_WIDTH + 2);

    private TextCalendarWriter() {}

    static String write(int year, List<Calendar> calendars) {
        StringBuilder out = new StringBuilder();
        if (calendars.isEmpty()) {
            out.append("Không có kế hoạch nào cho năm ").append(year).append(".\n");
        }
        for (int i = 0; i < calendars.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            write(calendars.get(i), out);
        }
        return out.toString();
    }

    private static void write(Calendar calendar, StringBuilder out) {
        Plan plan = calendar.plan();
        out.append("LỊCH BIÊN TẬP CCHC NĂM ").append(plan.year()).append('\n');
        out.append(plan.unit().name())
                .append(" – Kế hoạch số ")
                .append(plan.planNumber())
                .append(" (")
                .append(calendar.unitKey())
                .append(")\n");
        out.append("Ngày ")
                .append(PeriodNames.date(calendar.today()))
                .append(", múi giờ ")
                .append(plan.timezone().getId())
                .append('\n');

        List<Slot> ongoing = calendar.slots().stream()
                .filter(s -> s.state() == SlotState.ONGOING)
                .toList();
        if (!ongoing.isEmpty()) {
            out.append("\nThường xuyên\n");
            ongoing.forEach(slot -> line(slot, out));
        }
        Map<YearMonth, List<Slot>> byMonth = calendar.slots().stream()
                .filter(s -> s.state() != SlotState.ONGOING)
                .collect(Collectors.groupingBy(s -> YearMonth.from(s.due()), TreeMap::new, Collectors.toList()));
        byMonth.forEach((month, slots) -> {
            out.append("\nTháng ")
                    .append(month.getMonthValue())
                    .append('/')
                    .append(month.getYear())
                    .append('\n');
            slots.forEach(slot -> line(slot, out));
        });

        out.append("\nTổng cộng ").append(calendar.slots().size()).append(" mục");
        String counts = calendar.counts().entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        out.append(counts.isEmpty() ? "." : ": " + counts + ".").append('\n');
        if (!calendar.unassigned().isEmpty()) {
            out.append("\nBài chưa xếp vào lịch (")
                    .append(calendar.unassigned().size())
                    .append(")\n");
            calendar.unassigned().forEach(item -> unassigned(item, out));
        }
    }

    private static void line(Slot slot, StringBuilder out) {
        String date = slot.state() == SlotState.ONGOING ? " ".repeat(10) : PeriodNames.date(slot.due());
        out.append(INDENT)
                .append(date)
                .append("  ")
                .append(pad(slot.state().label()))
                .append("  ")
                .append(SlotTitles.title(slot))
                .append(" [")
                .append(slot.target().owner())
                .append("]\n");
        for (AssignedContent content : slot.content()) {
            out.append(CONTENT_INDENT)
                    .append("Bài: ")
                    .append(content.article().file())
                    .append(" – ")
                    .append(content.article().title())
                    .append(" (")
                    .append(SlotTitles.status(content.article().status()))
                    .append(")\n");
        }
    }

    private static void unassigned(UnassignedContent item, StringBuilder out) {
        out.append(INDENT)
                .append(item.article().file())
                .append(" – ")
                .append(item.article().title())
                .append(": ")
                .append(item.reason().label());
        if (item.article().target() != null) {
            out.append(" (chỉ tiêu ").append(item.article().target()).append(')');
        }
        out.append('\n');
    }

    private static String pad(String label) {
        int width = label.codePointCount(0, label.length());
        return label + " ".repeat(Math.max(0, LABEL_WIDTH - width));
    }

    private static int maxLabelWidth() {
        int max = 0;
        for (SlotState state : SlotState.values()) {
            max = Math.max(max, state.label().codePointCount(0, state.label().length()));
        }
        return max;
    }
}
