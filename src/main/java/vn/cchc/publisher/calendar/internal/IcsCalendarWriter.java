package vn.cchc.publisher.calendar.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.property.Transparency;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import vn.cchc.publisher.calendar.AssignedContent;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.plan.Plan;

/**
 * The calendar as an iCalendar file (RFC 5545) for calendar applications.
 *
 * <p>Each slot is one all-day VEVENT on its due date, the day the officer must act by; the window is in
 * the description. An ongoing slot has no due date and spans its window instead. UIDs are
 * {@code <slot-id>@cchc-publisher}, so importing the file again updates the events instead of adding
 * copies. Published and verified slots are CONFIRMED, the others TENTATIVE; every event is transparent
 * (it does not make the officer busy).
 */
final class IcsCalendarWriter {

    static final String UID_DOMAIN = "@cchc-publisher";

    private final Clock clock;

    IcsCalendarWriter(Clock clock) {
        this.clock = clock;
    }

    String write(int year, List<Calendar> calendars) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//CCHC publisher//Lich bien tap CCHC//VI");
        ical.setMethod(Method.publish());
        ical.setExperimentalProperty("X-WR-CALNAME", name(year, calendars));
        if (calendars.size() == 1) {
            ical.setExperimentalProperty(
                    "X-WR-TIMEZONE", calendars.get(0).plan().timezone().getId());
        }
        Date stamp = Date.from(clock.instant());
        for (Calendar calendar : calendars) {
            for (Slot slot : calendar.slots()) {
                ical.addEvent(event(calendar.plan(), slot, stamp));
            }
        }
        return Biweekly.write(ical).go();
    }

    private static String name(int year, List<Calendar> calendars) {
        String name = "Lịch biên tập CCHC " + year;
        return calendars.size() == 1
                ? name + " – " + calendars.get(0).plan().unit().name()
                : name;
    }

    private static VEvent event(Plan plan, Slot slot, Date stamp) {
        VEvent event = new VEvent();
        event.setUid(slot.id() + UID_DOMAIN);
        event.setDateTimeStamp(stamp);
        boolean ongoing = slot.state() == SlotState.ONGOING;
        LocalDate start = ongoing ? slot.window().from() : slot.due();
        event.setDateStart(new DateStart(day(start), false));
        event.setDateEnd(new DateEnd(day(slot.due().plusDays(1)), false));
        event.setSummary("[" + slot.state().label() + "] " + SlotTitles.title(slot));
        event.setDescription(description(plan, slot));
        event.setStatus(
                slot.state() == SlotState.PUBLISHED || slot.state() == SlotState.VERIFIED || ongoing
                        ? Status.confirmed()
                        : Status.tentative());
        event.setTransparency(Transparency.transparent());
        event.addCategories(slot.state().label());
        event.setExperimentalProperty("X-CCHC-STATE", slot.state().id());
        return event;
    }

    private static String description(Plan plan, Slot slot) {
        StringBuilder text = new StringBuilder();
        text.append("Nhiệm vụ: ").append(slot.target().task()).append('\n');
        text.append("Phụ trách: ").append(slot.target().owner()).append('\n');
        text.append("Thời gian: ").append(slot.window().toVietnamese());
        if (slot.state() != SlotState.ONGOING) {
            text.append(" (hạn ").append(PeriodNames.date(slot.due())).append(')');
        }
        text.append('\n');
        if (slot.area() != null) {
            text.append("Lĩnh vực: ").append(slot.area().title()).append('\n');
        }
        text.append("Kênh: ").append(SlotTitles.channels(slot.target())).append('\n');
        text.append("Tình trạng: ").append(slot.state().label()).append('\n');
        if (slot.content().isEmpty()) {
            text.append("Bài: chưa có\n");
        }
        for (AssignedContent content : slot.content()) {
            text.append("Bài: ")
                    .append(content.article().title())
                    .append(" (")
                    .append(content.article().file())
                    .append(", ")
                    .append(SlotTitles.status(content.article().status()))
                    .append(")\n");
        }
        text.append("Kế hoạch: ")
                .append(plan.planNumber())
                .append(" – ")
                .append(plan.unit().name());
        return text.toString();
    }

    /**
     * The instant biweekly reads back as {@code date} for a date-only value: it formats date-only values in
     * the JVM's default time zone.
     */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
