package vn.cchc.publisher.web.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Publications;

/**
 * {@code GET /}: this month in Vietnam: the slots due, the gaps, the publications that need the officer,
 * what went out, and the channel health.
 */
@Controller
class OverviewController {

    private static final Set<PublicationStatus> ATTENTION =
            EnumSet.of(PublicationStatus.NEEDS_ATTENTION, PublicationStatus.RETRYING, PublicationStatus.REJECTED);
    private static final Set<PublicationStatus> OUT =
            EnumSet.of(PublicationStatus.PUBLISHED, PublicationStatus.VERIFIED);

    private final EditorialCalendar calendar;
    private final Publications publications;
    private final ChannelHealth health;
    private final Clock clock;

    OverviewController(EditorialCalendar calendar, Publications publications, ChannelHealth health, Clock clock) {
        this.calendar = calendar;
        this.publications = publications;
        this.health = health;
        this.clock = clock;
    }

    @GetMapping("/")
    String overview(Model model) {
        YearMonth month = YearMonth.now(clock.withZone(UiDates.VIETNAM));
        List<UnitSlot> due = new ArrayList<>();
        List<UnitSlot> gaps = new ArrayList<>();
        for (Calendar unit : calendar.calendars(month.getYear(), null)) {
            for (Slot slot : unit.slots()) {
                if (YearMonth.from(slot.due()).equals(month)) {
                    due.add(new UnitSlot(unit.plan().unit().name(), slot));
                }
                if (slot.state() == SlotState.GAP) {
                    gaps.add(new UnitSlot(unit.plan().unit().name(), slot));
                }
            }
        }
        List<PublicationView> all = publications.list(null);
        model.addAttribute("month", month.getMonthValue() + "/" + month.getYear());
        model.addAttribute("due", due);
        model.addAttribute("gaps", gaps);
        model.addAttribute(
                "attention",
                all.stream().filter(p -> ATTENTION.contains(p.state())).toList());
        model.addAttribute(
                "out",
                all.stream()
                        .filter(p -> OUT.contains(p.state())
                                && YearMonth.from(p.updatedAt().atZone(UiDates.VIETNAM))
                                        .equals(month))
                        .toList());
        model.addAttribute("health", health.check());
        return "ui/overview";
    }

    /** A slot with the name of its unit. */
    record UnitSlot(String unit, Slot slot) {}
}
