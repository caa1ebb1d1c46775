package vn.cchc.publisher.content;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders the TTHC catalogue as website pages: the listing grouped by field (lĩnh vực) and one page per
 * procedure. The text is Vietnamese; the fragments carry stable class names and {@code data-code}
 * attributes so that a reader can find each procedure again.
 */
public interface TthcPages {

    /** The listing title. */
    String LISTING_TITLE = "Danh mục thủ tục hành chính";

    /**
     * The listing: one table per field, fields and procedures in catalogue order (field, then code).
     *
     * @param procedures the procedures to list; an empty list gives a page that says so
     * @param procedureUrl maps a procedure code to the URL of its own page (absolute or relative to the
     *     listing)
     */
    TthcPage listing(List<TthcProcedure> procedures, UnaryOperator<String> procedureUrl);

    /** The page of one procedure, with every field of its record. */
    TthcPage procedure(TthcProcedure procedure);

    /**
     * The procedure's page on the national public-service portal: its {@code portal_url} if the record
     * gives one, else the configured address made from its code.
     */
    String portalUrl(TthcProcedure procedure);
}
