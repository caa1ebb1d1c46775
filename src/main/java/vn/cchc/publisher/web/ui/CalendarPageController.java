package vn.cchc.publisher.web.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.calendar.SlotState;

/** {@code GET /calendar?year=&unit=}: the year's slots of one unit or all, with their states and content. */
@Controller
class CalendarPageController {

    private final EditorialCalendar calendar;

    CalendarPageController(EditorialCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar")
    String calendar(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String unit,
            Model model) {
        String chosenUnit = unit == null || unit.isBlank() ? null : unit;
        int chosen = year != null && year >= 2000 && year <= 2100 ? year : calendar.currentYear(chosenUnit);
        List<Calendar> units = calendar.calendars(chosen, null);
        List<Calendar> shown = chosenUnit == null ? units : calendar.calendars(chosen, chosenUnit);
        model.addAttribute("year", chosen);
        model.addAttribute("unit", chosenUnit);
        model.addAttribute("units", units);
        model.addAttribute("calendars", shown);
        model.addAttribute("states", SlotState.values());
        return "ui/calendar";
    }
}
