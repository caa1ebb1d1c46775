package vn.cchc.publisher.plan.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.publisher.shared.VietnameseText;

/** The columns of a plan's task table, recognised from the header cells' words. */
enum Column {
    NUMBER("^(?:stt|tt|so tt|so thu tu)$"),
    TIME("thoi gian|thoi han|tien do|moc thoi gian"),
    FREQUENCY("tan suat|so luong|chi tieu"),
    PARTNER("phoi hop"),
    SUPERVISOR("giam sat|theo doi"),
    OWNER("chu tri|thuc hien|phu trach|trach nhiem"),
    PRODUCT("san pham|ket qua|du kien"),
    FORM("hinh thuc|kenh|phuong thuc"),
    TASK("nhiem vu|noi dung|hoat dong|cong viec|ten"),
    NOTE("ghi chu|kinh phi");

    private static final int LONGEST_HEADER = 40;

    private final Pattern words;

    Column(String words) {
        this.words = Pattern.compile(words);
    }

    /** The column's name in notes: "owner", "time", …. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column a header cell names, or empty if the cell is not a header cell. */
    static Optional<Column> ofHeader(String cell) {
        String folded = VietnameseText.fold(cell).replaceAll("[^a-z0-9/ ]", " ").strip();
        if (folded.isEmpty() || folded.length() > LONGEST_HEADER) {
            return Optional.empty();
        }
        for (Column column : values()) {
            if (column.words.matcher(folded).find()) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
