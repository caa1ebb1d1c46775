package vn.cchc.publisher.content.tthc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.cchc.publisher.content.TthcPage;
import vn.cchc.publisher.content.TthcPages;
import vn.cchc.publisher.content.TthcProcedure;

/**
 * Renders the TTHC pages with the templates {@code templates/tthc/listing.html} and
 * {@code templates/tthc/procedure.html}; Thymeleaf escapes every text taken from the records.
 */
@Component
class ThymeleafTthcPages implements TthcPages {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ITemplateEngine templates;
    private final TthcProperties properties;

    ThymeleafTthcPages(ITemplateEngine templates, TthcProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    /** One field (lĩnh vực) of the listing and its procedures. */
    record FieldGroup(String name, List<Row> rows) {}

    /** One line of the listing. */
    record Row(TthcProcedure procedure, String pageUrl, String portalUrl) {}

    @Override
    public TthcPage listing(List<TthcProcedure> procedures, UnaryOperator<String> procedureUrl) {
        Map<String, List<Row>> byField = new TreeMap<>(TthcOrder.fields());
        procedures.stream()
                .sorted(TthcOrder.catalogue())
                .forEach(p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>())
                        .add(new Row(p, procedureUrl.apply(p.code()), portalUrl(p))));
        List<FieldGroup> groups = byField.entrySet().stream()
                .map(e -> new FieldGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        Context context = new Context(VIETNAMESE);
        context.setVariable("groups", groups);
        context.setVariable("total", procedures.size());
        return new TthcPage(LISTING_TITLE, templates.process("tthc/listing", context));
    }

    @Override
    public TthcPage procedure(TthcProcedure procedure) {
        Context context = new Context(VIETNAMESE);
        context.setVariable("p", procedure);
        context.setVariable("portalUrl", portalUrl(procedure));
        return new TthcPage(procedure.name(), templates.process("tthc/procedure", context));
    }

    @Override
    public String portalUrl(TthcProcedure procedure) {
        String own = procedure.portalUrl();
        if (own != null) {
            return own;
        }
        return properties.portalUrl().replace("{code}", URLEncoder.encode(procedure.code(), StandardCharsets.UTF_8));
    }
}
