package vn.cchc.publisher.content.tthc;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import vn.cchc.publisher.content.TthcProcedure;

/** The catalogue order: by field in Vietnamese alphabetical order (Đ after D), then by code. */
final class TthcOrder {

    private TthcOrder() {}

    static Comparator<String> fields() {
        return Collator.getInstance(Locale.forLanguageTag("vi"))::compare;
    }

    static Comparator<TthcProcedure> catalogue() {
        return Comparator.comparing(TthcProcedure::field, fields()).thenComparing(TthcProcedure::code);
    }
}
