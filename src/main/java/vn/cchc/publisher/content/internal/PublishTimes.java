package vn.cchc.publisher.content.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code publish_at}: an ISO date-time or date, in the unit's time zone unless it has an offset. */
final class PublishTimes {

    /** The unit's time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String EXPECTED =
            "expected yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss][+07:00], e.g. 2026-03-01 or 2026-03-01T08:00";

    static final String EXPECTED_VI =
            "dùng yyyy-MM-dd hoặc yyyy-MM-ddTHH:mm (giờ Việt Nam), ví dụ 2026-03-01 hoặc 2026-03-01T08:00";

    private PublishTimes() {}

    /** The time, at the unit's offset; empty if {@code value} is not an ISO date or date-time. */
    static Optional<OffsetDateTime> parse(String value) {
        String iso = value.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +(\\d)", "$1T$2");
        try {
            return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(ZONE).toOffsetDateTime());
        } catch (DateTimeParseException notWithOffset) {
            // try the forms without an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(iso).atZone(ZONE).toOffsetDateTime());
        } catch (DateTimeParseException notLocal) {
            // try a bare date
        }
        try {
            return Optional.of(LocalDate.parse(iso).atStartOfDay(ZONE).toOffsetDateTime());
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
