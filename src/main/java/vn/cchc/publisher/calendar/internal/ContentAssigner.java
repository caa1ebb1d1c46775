package vn.cchc.publisher.calendar.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.calendar.AssignedContent;
import vn.cchc.publisher.calendar.Publication;
import vn.cchc.publisher.calendar.PublicationProgress;
import vn.cchc.publisher.calendar.PublicationState;
import vn.cchc.publisher.calendar.UnassignedContent;
import vn.cchc.publisher.calendar.UnassignedReason;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;

/**
 * Assigns content items to slots, one item to one slot (an ongoing entry takes any number).
 *
 * <p>Items are taken in order of their date (publish_at, else when they were published, else none, last),
 * then file; those naming a {@code target} first, then the others. An item's date must fall in the window
 * of the slot it fills; an item without a date fills the earliest empty slot that is not over. An item
 * naming a target fills a slot of that target (of its area, for a per-area target). Any other item goes to
 * an article target covering its area, else an article target without areas, else an ongoing article
 * target. The result depends only on the inputs.
 */
final class ContentAssigner {

    private ContentAssigner() {}

    /**
     * What was assigned.
     *
     * @param assigned the content of each slot id that has some
     * @param unassigned the items that fit no slot
     */
    record Result(Map<String, List<AssignedContent>> assigned, List<UnassignedContent> unassigned) {}

    private record Item(
            Article article,
            @Nullable Publication publication,
            @Nullable LocalDate date) {}

    private static final Comparator<Item> ORDER = Comparator.comparing(
                    Item::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(item -> item.article().file());

    /** Assigns {@code articles} to {@code slots} (ordered by {@link SlotSpec#ORDER}) as of {@code today}. */
    static Result assign(
            Plan plan, List<SlotSpec> slots, List<Article> articles, PublicationProgress progress, LocalDate today) {
        Run run = new Run(plan, slots, today);
        List<Item> items = articles.stream()
                .map(article -> item(article, progress, plan.timezone()))
                .sorted(ORDER)
                .toList();
        items.stream().filter(item -> item.article().target() != null).forEach(run::byTarget);
        items.stream().filter(item -> item.article().target() == null).forEach(run::byArea);
        return new Result(run.assigned, run.unassigned);
    }

    /** True when the target's output is published online, so content can fill its slots. */
    static boolean takesContent(Target target) {
        return !target.onlineChannels().isEmpty();
    }

    private static Item item(Article article, PublicationProgress progress, ZoneId zone) {
        Publication publication = progress.furthest(article).orElse(null);
        LocalDate date = null;
        if (article.publishAt() != null) {
            date = article.publishAt().atZoneSameInstant(zone).toLocalDate();
        } else if (publication != null && publication.state() != PublicationState.QUEUED) {
            date = LocalDate.ofInstant(publication.at(), zone);
        }
        return new Item(article, publication, date);
    }

    /** One assignment: the slots still empty and what was decided so far. */
    private static final class Run {

        private final Plan plan;
        private final List<SlotSpec> articleSlots;
        private final LocalDate today;
        private final Map<String, List<SlotSpec>> slotsOfTarget = new HashMap<>();
        private final Map<String, List<AssignedContent>> assigned = new HashMap<>();
        private final List<UnassignedContent> unassigned = new ArrayList<>();

        Run(Plan plan, List<SlotSpec> slots, LocalDate today) {
            this.plan = plan;
            Set<String> onlineArticleTargets = plan.targets().stream()
                    .filter(t -> t.kind() == TargetKind.ARTICLE && takesContent(t))
                    .map(Target::id)
                    .collect(Collectors.toSet());
            this.articleSlots = slots.stream()
                    .filter(s -> onlineArticleTargets.contains(s.target().id()))
                    .toList();
            this.today = today;
            slots.forEach(s -> slotsOfTarget
                    .computeIfAbsent(s.target().id(), id -> new ArrayList<>())
                    .add(s));
        }

        void byTarget(Item item) {
            Article article = item.article();
            Optional<Target> found = plan.target(article.target());
            if (found.isEmpty()) {
                refuse(item, UnassignedReason.UNKNOWN_TARGET);
                return;
            }
            Target target = found.get();
            if (!takesContent(target)) {
                refuse(item, UnassignedReason.OFFLINE_TARGET);
                return;
            }
            if (target.rule() instanceof OnDemand) {
                refuse(item, UnassignedReason.ON_DEMAND_TARGET);
                return;
            }
            List<SlotSpec> candidates = slotsOfTarget.getOrDefault(target.id(), List.of());
            if (target.perArea() && article.area() != null && !target.areas().isEmpty()) {
                if (!target.areas().contains(article.area())) {
                    refuse(item, UnassignedReason.AREA_NOT_IN_TARGET);
                    return;
                }
                candidates = candidates.stream()
                        .filter(s -> s.ongoing() || s.area() == article.area())
                        .toList();
            }
            Optional<SlotSpec> slot = pick(candidates, item);
            if (slot.isPresent()) {
                fill(slot.get(), item);
            } else {
                refuse(item, item.date() != null ? UnassignedReason.NO_SLOT_AT_DATE : UnassignedReason.NO_OPEN_SLOT);
            }
        }

        void byArea(Item item) {
            Area area = item.article().area();
            List<Predicate<SlotSpec>> tiers = new ArrayList<>();
            if (area != null) {
                tiers.add(s ->
                        !s.ongoing() && s.target().areas().contains(area) && (s.area() == null || s.area() == area));
            }
            tiers.add(s -> !s.ongoing() && s.target().areas().isEmpty());
            tiers.add(s -> s.ongoing()
                    && (s.target().areas().isEmpty() || s.target().areas().contains(area)));
            boolean anyTarget = false;
            for (Predicate<SlotSpec> tier : tiers) {
                List<SlotSpec> candidates = articleSlots.stream().filter(tier).toList();
                anyTarget |= !candidates.isEmpty();
                Optional<SlotSpec> slot = pick(candidates, item);
                if (slot.isPresent()) {
                    fill(slot.get(), item);
                    return;
                }
            }
            refuse(
                    item,
                    !anyTarget
                            ? UnassignedReason.NO_MATCHING_TARGET
                            : item.date() != null ? UnassignedReason.NO_SLOT_AT_DATE : UnassignedReason.NO_OPEN_SLOT);
        }

        /**
         * The first candidate the item can fill: an ongoing entry always; another slot only while empty,
         * and whose window holds the item's date, or, for an item without a date, that is not over.
         */
        private Optional<SlotSpec> pick(List<SlotSpec> candidates, Item item) {
            LocalDate date = item.date();
            for (SlotSpec slot : candidates) {
                if (slot.ongoing()) {
                    return Optional.of(slot);
                }
                if (assigned.containsKey(slot.id())) {
                    continue;
                }
                if (date != null ? slot.window().contains(date) : !slot.due().isBefore(today)) {
                    return Optional.of(slot);
                }
            }
            return Optional.empty();
        }

        private void fill(SlotSpec slot, Item item) {
            assigned.computeIfAbsent(slot.id(), id -> new ArrayList<>())
                    .add(new AssignedContent(item.article(), item.publication()));
        }

        private void refuse(Item item, UnassignedReason reason) {
            unassigned.add(new UnassignedContent(item.article(), reason));
        }
    }
}
