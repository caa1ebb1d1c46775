package vn.cchc.publisher.calendar.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.CalendarFormats;
import vn.cchc.publisher.calendar.EditorialCalendar;

/**
 * {@code GET /api/calendar?year=2026&unit=ttyt-mau} (JSON) and {@code GET /api/calendar.ics?year=2026}
 * (iCalendar). Without {@code year}, the current year in the unit's time zone; without {@code unit}, every
 * unit. An unknown unit is a 404 and a year outside 2000–2100 a 400, as RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api")
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final MediaType JSON = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final EditorialCalendar calendar;
    private final CalendarFormats formats;

    CalendarController(EditorialCalendar calendar, CalendarFormats formats) {
        this.calendar = calendar;
        this.formats = formats;
    }

    @GetMapping("/calendar")
    ResponseEntity<?> json(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String unit) {
        return respond(year, unit, JSON, formats::json, null);
    }

    @GetMapping("/calendar.ics")
    ResponseEntity<?> ics(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String unit) {
        return respond(year, unit, TEXT_CALENDAR, formats::ics, "ics");
    }

    private ResponseEntity<?> respond(
            @Nullable Integer year,
            @Nullable String unit,
            MediaType type,
            BiFunction<Integer, List<Calendar>, String> writer,
            @Nullable String extension) {
        int chosen = year != null ? year : calendar.currentYear(unit);
        if (chosen < 2000 || chosen > 2100) {
            return problem(HttpStatus.BAD_REQUEST, "year must be between 2000 and 2100, not " + chosen);
        }
        List<Calendar> calendars = calendar.calendars(chosen, unit);
        if (unit != null && calendars.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "no valid plan of unit '" + unit + "' for " + chosen);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type);
        if (extension != null) {
            String name = "lich-bien-tap-cchc-" + chosen
                    + (unit == null ? "" : "-" + calendars.get(0).unitKey()) + "." + extension;
            response.header(
                    "Content-Disposition",
                    ContentDisposition.inline().filename(name).build().toString());
        }
        return response.body(writer.apply(chosen, calendars).getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
