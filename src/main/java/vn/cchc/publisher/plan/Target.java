package vn.cchc.publisher.plan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

/**
 * One target of a plan: a task of the plan with how often, or when, it is due.
 *
 * @param id the identifier, kebab-case, unique in the plan; content front matter refers to it
 * @param task the task as the plan words it
 * @param owner the department in charge (đơn vị chủ trì)
 * @param channels where the output goes, in file order: the file's list, else the kind's default channels;
 *     empty for a target that is not published (a report, or {@code channels: []})
 * @param kind what it produces
 * @param areas the reform areas and topics it covers, in file order; empty means any
 * @param perArea true when the rule applies to each of {@code areas} separately (one per quarter per area)
 * @param rule how often or when it is due
 * @param frequency the plan's own words the rule was read from; null when the file gave count and period,
 *     a window or a due date instead
 * @param active the days the target is active: its {@code window}, else the plan year; for a one-off or
 *     deadline rule, the plan year (the rule carries its own dates)
 * @param approval whether posts wait for a leader's approval
 * @param line the 1-based line of the plan file where the target starts
 */
public record Target(
        String id,
        String task,
        String owner,
        List<PlanChannel> channels,
        TargetKind kind,
        List<Area> areas,
        boolean perArea,
        FrequencyRule rule,
        @Nullable String frequency,
        DateWindow active,
        Approval approval,
        int line) {

    public Target {
        channels = List.copyOf(channels);
        areas = List.copyOf(areas);
    }

    /** The channels the service publishes this target's posts to; empty for offline-only targets. */
    public Set<Channel> onlineChannels() {
        return channels.stream().flatMap(c -> c.online().stream()).collect(Collectors.toUnmodifiableSet());
    }
}
