package vn.cchc.publisher.audit.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One plan target in a report.
 *
 * @param number the row number (STT), from 1
 * @param target the target's id
 * @param task the task, in the plan's words
 * @param owner the department in charge
 * @param kind the target's kind ({@code article}, {@code event}, …)
 * @param channels the target's channels, by name
 * @param rule how often the plan asks for it, in Vietnamese ("1 lần/tháng", "thường xuyên")
 * @param required how many the plan asks for in the period (slots due in it); null for an ongoing or on-demand
 *     target, which has no count
 * @param published content items first published in the period on the target's channels, plus offline
 *     activities recorded for it
 * @param verified of those, the items whose latest verification passed and that do not need attention, plus
 *     the offline activities
 * @param activities the offline activities among them
 * @param status the result
 * @param evidence what shows it: each publication (date, channel, link, check) and each activity
 * @param explanation the officer's explanation; null if none
 */
public record ReportRow(
        int number,
        String target,
        String task,
        String owner,
        String kind,
        List<String> channels,
        String rule,
        @Nullable Integer required,
        int published,
        int verified,
        int activities,
        RowStatus status,
        List<ReportEvidence> evidence,
        @Nullable Explanation explanation) {

    public ReportRow {
        channels = List.copyOf(channels);
        evidence = List.copyOf(evidence);
    }

    /** The Vietnamese name of the status, e.g. "Đạt". */
    @JsonProperty("statusLabel")
    public String statusLabel() {
        return status.label();
    }
}
