package vn.cchc.publisher.audit.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The counts a summary paragraph is made from.
 *
 * @param channels per online channel: distinct content items first published in the period (for any target
 *     or none) and the count the targets on that channel ask for
 * @param activities offline activities per kind, in the order of the kinds
 * @param counted targets with a count in the period
 * @param met of those, the ones met
 * @param inProgress of those, the ones not met while the period goes on
 * @param unmet the targets not met, with their explanation
 */
public record ReportTotals(
        List<ChannelTotal> channels,
        List<ActivityTotal> activities,
        int counted,
        int met,
        int inProgress,
        List<Unmet> unmet) {

    public ReportTotals {
        channels = List.copyOf(channels);
        activities = List.copyOf(activities);
        unmet = List.copyOf(unmet);
    }

    /**
     * One channel's total.
     *
     * @param channel the channel's id
     * @param title its name
     * @param published distinct content items first published on it in the period
     * @param required the sum of the counts of the targets on it; 0 if none has a count
     * @param byArea the items per area (website only; empty for the others), areas in their order, items
     *     without an area last
     */
    public record ChannelTotal(String channel, String title, int published, int required, List<AreaTotal> byArea) {

        public ChannelTotal {
            byArea = List.copyOf(byArea);
        }
    }

    /**
     * Items of one area.
     *
     * @param area the area's id; null for items without an area
     * @param title its name
     * @param count how many
     */
    public record AreaTotal(@Nullable String area, String title, int count) {}

    /**
     * Offline activities of one kind.
     *
     * @param kind the kind's id
     * @param title its name
     * @param count how many
     */
    public record ActivityTotal(String kind, String title, int count) {}

    /**
     * A target not met.
     *
     * @param unitName the unit's name
     * @param target the target's id
     * @param task the task
     * @param verified what counts for it
     * @param required what the plan asks for
     * @param explanation the officer's explanation; null if none
     */
    public record Unmet(
            String unitName,
            String target,
            String task,
            int verified,
            int required,
            @Nullable String explanation) {}
}
