package vn.cchc.publisher.audit.internal;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.shared.VietnameseText;

/**
 * The canonical JSON of a ledger row's details: object keys sorted by their UTF-16 code units, no white
 * space, strings in NFC with only {@code "}, {@code \} and control characters escaped (as {@code \n},
 * {@code \t}, … or {@code \}{@code uXXXX}). Numbers are written by {@code toString()}; dates, enums and other
 * values as their {@code toString()} string.
 */
final class CanonicalJson {

    private CanonicalJson() {}

    static String write(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(64 + object.size() * 32);
        value(out, object);
        return out.toString();
    }

    private static void value(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number number) {
            out.append(number.toString());
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, entry.getKey());
                out.append(':');
                value(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(out, item);
            }
            out.append(']');
        } else if (value instanceof Enum<?> e) {
            string(out, e.name());
        } else if (value instanceof TemporalAccessor || value instanceof CharSequence) {
            string(out, value.toString());
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        String nfc = VietnameseText.nfc(text);
        out.append('"');
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
