package vn.cchc.publisher.calendar.internal;

import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.cchc.publisher.calendar.AssignedContent;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.Publication;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.UnassignedContent;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.Target;

/**
 * The calendar as JSON, the same for the command line and the REST API. Identifiers are the ones of the
 * files (target ids, area ids, kind ids, channel ids); dates are ISO ({@code 2026-03-31}); the Vietnamese
 * words users read are beside them ({@code stateLabel}, {@code title}, {@code period}).
 */
final class JsonCalendarWriter {

    private final JsonMapper mapper =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    String write(int year, List<Calendar> calendars) {
        ObjectNode root = mapper.createObjectNode();
        root.put("year", year);
        ArrayNode array = root.putArray("calendars");
        calendars.forEach(calendar -> calendar(calendar, array.addObject()));
        return mapper.writeValueAsString(root) + "\n";
    }

    private static void calendar(Calendar calendar, ObjectNode node) {
        Plan plan = calendar.plan();
        node.put("plan", plan.key());
        node.put("unit", calendar.unitKey());
        node.put("unitName", plan.unit().name());
        node.put("planNumber", plan.planNumber());
        node.put("year", plan.year());
        node.put("timezone", plan.timezone().getId());
        node.put("today", calendar.today().toString());
        ObjectNode counts = node.putObject("counts");
        calendar.counts().forEach((state, count) -> counts.put(state.id(), count));
        ArrayNode slots = node.putArray("slots");
        calendar.slots().forEach(slot -> slot(slot, slots.addObject()));
        ArrayNode unassigned = node.putArray("unassigned");
        calendar.unassigned().forEach(item -> unassigned(item, unassigned.addObject()));
    }

    private static void slot(Slot slot, ObjectNode node) {
        Target target = slot.target();
        node.put("id", slot.id());
        node.put("target", target.id());
        node.put("kind", target.kind().id());
        node.put("task", target.task());
        node.put("owner", target.owner());
        ArrayNode channels = node.putArray("channels");
        target.channels().stream().map(PlanChannel::id).forEach(channels::add);
        node.put("area", slot.area() == null ? null : slot.area().id());
        node.put("period", slot.period());
        node.put("title", SlotTitles.title(slot));
        node.put("from", slot.window().from().toString());
        node.put("to", slot.window().to().toString());
        node.put("due", slot.due().toString());
        node.put("state", slot.state().id());
        node.put("stateLabel", slot.state().label());
        ArrayNode content = node.putArray("content");
        slot.content().forEach(item -> content(item, content.addObject()));
    }

    private static void content(AssignedContent item, ObjectNode node) {
        article(item.article(), node);
        Publication publication = item.publication();
        if (publication == null) {
            node.putNull("publication");
        } else {
            ObjectNode p = node.putObject("publication");
            p.put("state", publication.state().name().toLowerCase(java.util.Locale.ROOT));
            p.put("at", publication.at().toString());
        }
    }

    private static void unassigned(UnassignedContent item, ObjectNode node) {
        article(item.article(), node);
        node.put("target", item.article().target());
        node.put(
                "area",
                item.article().area() == null ? null : item.article().area().id());
        node.put("reason", item.reason().id());
        node.put("reasonLabel", item.reason().label());
    }

    private static void article(Article article, ObjectNode node) {
        node.put("file", article.file());
        node.put("title", article.title());
        node.put("status", article.status().name().toLowerCase(java.util.Locale.ROOT));
        node.put(
                "publishAt",
                article.publishAt() == null ? null : article.publishAt().toString());
        node.put("contentHash", article.contentHash());
    }
}
