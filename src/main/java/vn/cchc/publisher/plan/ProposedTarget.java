package vn.cchc.publisher.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Area;

/**
 * One target proposed from a plan's text.
 *
 * @param id the proposed id: the task's number in the plan and a few words of it, e.g.
 *     {@code t4-2-cai-cach-the-che}; unique in the proposal
 * @param task the task as the plan words it
 * @param owner the department in charge, as the plan words it
 * @param channels the channels guessed from the words (the kind's default when none is named)
 * @param kind the kind guessed from the words
 * @param areas the reform areas and topics guessed from the words
 * @param frequency the plan's words for when it is due, or null if the plan has none
 * @param rule what {@code frequency} means; null when it could not be read, in which case the proposal
 *     holds a placeholder {@code count: 1}, {@code period: year} marked for checking
 * @param window a window narrowing a recurring rule (from a separate "thời gian" beside a "tần suất"), or
 *     null
 * @param lines the 1-based lines of the text the target came from, ascending
 * @param checks what the officer must check, in English; empty if nothing
 */
public record ProposedTarget(
        String id,
        String task,
        String owner,
        List<PlanChannel> channels,
        TargetKind kind,
        List<Area> areas,
        @Nullable String frequency,
        @Nullable FrequencyRule rule,
        @Nullable DateWindow window,
        List<Integer> lines,
        List<String> checks) {

    public ProposedTarget {
        channels = List.copyOf(channels);
        areas = List.copyOf(areas);
        lines = List.copyOf(lines);
        checks = List.copyOf(checks);
    }
}
