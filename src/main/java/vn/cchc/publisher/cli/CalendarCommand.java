package vn.cchc.publisher.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.CalendarFormats;
import vn.cchc.publisher.calendar.EditorialCalendar;

/** {@code calendar}: prints the editorial calendar of the plans of a year. */
@Component
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the editorial calendar: the slots the plan's targets ask for, the content assigned to them",
            "and each slot's state (open, gap, missed, …). Text is grouped by month; json and ics (iCalendar,",
            "for calendar applications) carry the same slots."
        })
class CalendarCommand implements Subcommand, Callable<Integer> {

    /** The output formats; lower case, as typed on the command line. */
    enum Format {
        text,
        json,
        ics
    }

    private final EditorialCalendar calendar;
    private final CalendarFormats formats;

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "The plan year (default: the current year in the unit's time zone).")
    @Nullable
    Integer year;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, json or ics (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(
            names = "--unit",
            paramLabel = "KEY",
            description = "Only this unit's plan: the unit id of the plan file (e.g. ttyt-mau) or the plan key"
                    + " (ttyt-mau-2026). Default: every unit.")
    @Nullable
    String unit;

    CalendarCommand(EditorialCalendar calendar, CalendarFormats formats) {
        this.calendar = calendar;
        this.formats = formats;
    }

    @Override
    public Integer call() {
        CommandSpec spec = java.util.Objects.requireNonNull(this.spec);
        int chosenYear = year != null ? year : calendar.currentYear(unit);
        if (chosenYear < 2000 || chosenYear > 2100) {
            throw new ParameterException(spec.commandLine(), "--year must be between 2000 and 2100, not " + chosenYear);
        }
        List<Calendar> calendars = calendar.calendars(chosenYear, unit);
        if (calendars.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    unit == null
                            ? "no valid plan for " + chosenYear + " (the plan files are config/plan-*.yaml)"
                            : "no valid plan of unit '" + unit + "' for " + chosenYear);
        }
        String output = switch (format) {
            case text -> formats.text(chosenYear, calendars);
            case json -> formats.json(chosenYear, calendars);
            case ics -> formats.ics(chosenYear, calendars);
        };
        spec.commandLine().getOut().print(output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
