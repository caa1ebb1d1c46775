package vn.cchc.publisher.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the calendar module ({@code cchc.calendar.*}).
 *
 * @param leadTime how long before its due date an empty slot is shown as a gap ({@code 14d}); whole days
 */
@Validated
@ConfigurationProperties("cchc.calendar")
public record CalendarProperties(@DefaultValue("14d") Duration leadTime) {

    public CalendarProperties {
        if (leadTime.isNegative()) {
            throw new IllegalArgumentException("cchc.calendar.lead-time must not be negative, not " + leadTime);
        }
    }

    /** The lead time in whole days. */
    public long leadDays() {
        return leadTime.toDays();
    }
}
