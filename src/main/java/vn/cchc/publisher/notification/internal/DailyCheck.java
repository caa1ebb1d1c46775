package vn.cchc.publisher.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.channel.ChannelsProperties;
import vn.cchc.publisher.channel.TokenStore;

/**
 * The daily check: empty slots whose due date is exactly one of the warning day counts away, and channel
 * tokens about to expire. Each notice has a key of its own (the slot and the day count; the token), so
 * running the check again, on any instance, tells nothing twice.
 */
@Component
class DailyCheck {

    /** The key under which the Zalo adapter keeps its tokens. */
    static final String ZALO_TOKENS = "zalo";

    private static final Logger log = LoggerFactory.getLogger(DailyCheck.class);

    private final EditorialCalendar calendar;
    private final ObjectProvider<TokenStore> tokens;
    private final ChannelsProperties channels;
    private final NotificationProperties settings;
    private final NoticeRecorder recorder;

    DailyCheck(
            EditorialCalendar calendar,
            ObjectProvider<TokenStore> tokens,
            ChannelsProperties channels,
            NotificationProperties settings,
            NoticeRecorder recorder) {
        this.calendar = calendar;
        this.tokens = tokens;
        this.channels = channels;
        this.settings = settings;
        this.recorder = recorder;
    }

    /** @return how many notices were new */
    int run(Instant now) {
        return gaps(now) + tokens(now);
    }

    int gaps(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        int furthest = Collections.max(settings.gapWarningDays());
        TreeSet<Integer> years = new TreeSet<>();
        years.add(today.getYear());
        years.add(today.plusDays(furthest).getYear());
        int told = 0;
        for (int year : years) {
            for (Calendar unit : calendar.calendars(year, null)) {
                for (Slot slot : unit.slots()) {
                    long days = ChronoUnit.DAYS.between(unit.today(), slot.due());
                    if (empty(slot) && settings.gapWarningDays().contains((int) days)) {
                        told += recorder.record(NoticeTexts.gapWarning(unit, slot, days)) ? 1 : 0;
                    }
                }
            }
        }
        if (told > 0) {
            log.info("{} slot(s) due soon with nothing assigned: the officer is told", told);
        }
        return told;
    }

    int tokens(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        int told = 0;
        if (channels.zalo().enabled()) {
            TokenStore store = tokens.getIfUnique();
            Optional<Instant> issued = store == null ? Optional.empty() : store.writtenAt(ZALO_TOKENS);
            if (issued.isPresent()) {
                Instant expiresAt = issued.get().plus(settings.zaloRefreshTokenLifetime());
                LocalDate expires = LocalDate.ofInstant(expiresAt, settings.zone());
                long left = ChronoUnit.DAYS.between(today, expires);
                if (left < settings.tokenWarningDays()) {
                    told += recorder.record(NoticeTexts.zaloTokenExpiring(issued.get(), expires, left)) ? 1 : 0;
                }
            }
        }
        Instant facebookExpiry = channels.facebook().tokenExpiresAt();
        if (channels.facebook().enabled() && facebookExpiry != null) {
            LocalDate expires = LocalDate.ofInstant(facebookExpiry, settings.zone());
            long left = ChronoUnit.DAYS.between(today, expires);
            if (left < settings.tokenWarningDays()) {
                told += recorder.record(NoticeTexts.facebookTokenExpiring(facebookExpiry, expires, left)) ? 1 : 0;
            }
        }
        return told;
    }

    private static boolean empty(Slot slot) {
        return slot.content().isEmpty() && (slot.state() == SlotState.OPEN || slot.state() == SlotState.GAP);
    }
}
