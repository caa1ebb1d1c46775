package vn.cchc.publisher.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchc.publisher.plan.Approval;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;

/** Reads one entry of a plan file's {@code targets} list. */
final class TargetReader {

    static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final Set<String> FIELDS = Set.of(
            "id",
            "task",
            "owner",
            "channels",
            "kind",
            "areas",
            "per_area",
            "frequency",
            "count",
            "period",
            "window",
            "due",
            "approval");

    private TargetReader() {}

    /**
     * Reads a target; reports its problems and returns empty if it has any.
     *
     * @param ids the ids of the targets read so far, to which this one's is added
     */
    static Optional<Target> read(YamlFields fields, int year, Set<String> ids, ProblemLog log) {
        int before = log.size();
        fields.rejectUnknown(FIELDS);
        Optional<String> id = fields.requiredText("id").filter(value -> {
            if (!KEBAB_CASE.matcher(value).matches()) {
                log.add(
                        fields.line("id"),
                        fields.field("id"),
                        "'" + value
                                + "' is not kebab-case (lower-case letters and digits joined by hyphens, e.g. web-monthly)");
                return false;
            }
            if (!ids.add(value)) {
                log.add(
                        fields.line("id"),
                        fields.field("id"),
                        "duplicate id '" + value + "': another target above has it; ids must be unique in a plan");
                return false;
            }
            return true;
        });
        Optional<String> task = fields.requiredText("task");
        Optional<String> owner = fields.requiredText("owner");
        Optional<TargetKind> kind = fields.requiredText("kind").flatMap(value -> {
            Optional<TargetKind> k = TargetKind.byId(value);
            if (k.isEmpty()) {
                log.add(
                        fields.line("kind"),
                        fields.field("kind"),
                        "unknown kind '" + value + "' (expected one of " + TargetKind.ids() + ")");
            }
            return k;
        });
        List<PlanChannel> channels = channels(fields, log);
        List<Area> areas = areas(fields, log);
        boolean perArea = fields.bool("per_area").orElse(false);
        if (perArea && areas.size() < 2) {
            log.add(fields.line("per_area"), fields.field("per_area"), "per_area needs at least two areas listed");
        }
        Approval approval = fields.text("approval")
                .map(value -> Approval.byId(value).orElseGet(() -> {
                    log.add(
                            fields.line("approval"),
                            fields.field("approval"),
                            "must be required or none, not '" + value + "'");
                    return Approval.REQUIRED;
                }))
                .orElse(Approval.REQUIRED);
        Optional<TimingReader.Timing> timing = TimingReader.read(fields, year, log);
        if (log.size() > before
                || id.isEmpty()
                || task.isEmpty()
                || owner.isEmpty()
                || kind.isEmpty()
                || timing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Target(
                id.get(),
                task.get(),
                owner.get(),
                fields.has("channels") ? channels : kind.get().defaultChannels(),
                kind.get(),
                areas,
                perArea,
                timing.get().rule(),
                timing.get().frequency(),
                timing.get().active(),
                approval,
                fields.line()));
    }

    private static List<PlanChannel> channels(YamlFields fields, ProblemLog log) {
        Set<PlanChannel> channels = new LinkedHashSet<>();
        for (YamlFields.Word word : fields.words("channels")) {
            Optional<PlanChannel> channel = PlanChannel.byId(word.value());
            if (channel.isPresent()) {
                channels.add(channel.get());
            } else {
                log.add(
                        word.line(),
                        fields.field("channels"),
                        "unknown channel '" + word.value() + "' (expected one of " + PlanChannel.ids() + ")");
            }
        }
        return new ArrayList<>(channels);
    }

    private static List<Area> areas(YamlFields fields, ProblemLog log) {
        Set<Area> areas = new LinkedHashSet<>();
        for (YamlFields.Word word : fields.words("areas")) {
            Optional<Area> area = Area.byId(word.value());
            if (area.isPresent()) {
                areas.add(area.get());
            } else {
                log.add(
                        word.line(),
                        fields.field("areas"),
                        "unknown area '" + word.value() + "' (expected one of " + Area.ids() + ")");
            }
        }
        return new ArrayList<>(areas);
    }
}
