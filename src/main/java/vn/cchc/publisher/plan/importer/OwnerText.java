package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.cchc.publisher.plan.internal.FoldedText;
import vn.cchc.publisher.shared.VietnameseText;

/** Recognises and tidies the names of departments ("Phòng TCHC", "Các khoa, phòng", "Văn phòng Sở"). */
final class OwnerText {

    private static final String OWNER_WORDS = "(?:phong|khoa|cac khoa|cac phong|van phong|bo phan|to|ban|tram|don vi"
            + "|cac don vi|trung tam|benh vien|lanh dao|giam doc|doan|cong doan|chi bo|hoi dong|thanh tra)";
    private static final Pattern OWNER_START = Pattern.compile("^[-+•]?\\s*" + OWNER_WORDS + "\\b");
    private static final Pattern BULLET_SPLIT = Pattern.compile("\\s+[-+•]\\s+(?=\\p{Lu})");
    private static final Pattern OWNER_THEN_DUTY =
            Pattern.compile("^(.{4,90}?)(?:\\s*:\\s*|\\s+(?=(?:lam dau moi|chu tri|co trach nhiem|tham muu|phoi hop"
                    + "|thuc hien|can cu|xay dung|trien khai)\\b))");

    private OwnerText() {}

    /** True if the text starts like the name of a department. */
    static boolean looksLikeOwner(String text) {
        return OWNER_START.matcher(VietnameseText.fold(text)).find();
    }

    /** A cell such as "- Phòng TCHC - Phòng KH-NV-ĐD" as "Phòng TCHC, Phòng KH-NV-ĐD". */
    static String tidy(String cell) {
        String text = VietnameseText.collapseWhitespace(cell);
        if (!(text.startsWith("-") || text.startsWith("+") || text.startsWith("•"))) {
            return stripEnd(text);
        }
        String rest = text.substring(1).strip();
        List<String> parts = new ArrayList<>();
        int start = 0;
        Matcher dash = BULLET_SPLIT.matcher(rest);
        while (dash.find()) {
            if (looksLikeOwner(rest.substring(dash.end()))) {
                parts.add(rest.substring(start, dash.start()));
                start = dash.end();
            }
        }
        parts.add(rest.substring(start));
        return parts.stream()
                .map(OwnerText::stripEnd)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /**
     * Splits "Phòng Tổ chức - Hành chính làm đầu mối …" or "Các khoa, phòng: căn cứ …" into the department
     * and the rest; empty if the text does not start with a department.
     */
    static Optional<String[]> split(String text) {
        if (!looksLikeOwner(text)) {
            return Optional.empty();
        }
        String body = text.replaceFirst("^[-+•]\\s*", "");
        Matcher matcher = OWNER_THEN_DUTY.matcher(FoldedText.of(body).folded());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String owner = body.substring(0, matcher.end(1)).strip();
        String rest = body.substring(matcher.end()).strip();
        return Optional.of(new String[] {stripEnd(owner), rest});
    }

    static String stripEnd(String text) {
        return text.replaceAll("[\\s.;:,]+$", "").strip();
    }
}
