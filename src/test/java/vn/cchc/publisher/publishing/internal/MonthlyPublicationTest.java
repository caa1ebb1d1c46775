package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.calendar.AssignedContent;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.calendar.EditorialCalendar;
import vn.cchc.publisher.calendar.Slot;
import vn.cchc.publisher.calendar.SlotState;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.Approval;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.PlanUnit;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.publishing.MonthlyResult;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishingEvents;

class MonthlyPublicationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final Harness h = new Harness();
    private final FakeChannel site = new FakeChannel();
    private final DefaultPublishingEngine engine = h.engine(site);
    private final List<Slot> slots = new ArrayList<>();
    private final MonthlyPublication monthly = new MonthlyPublication(calendar(), h.store, engine, h.tx, h.publisher);

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void publishesTheReadyArticleOfATargetWithoutApprovalAndRecordsGaps() {
        Article ready = h.article("thang-3", "Nội dung tháng 3");
        slots.add(slot("tin-thang", Approval.NONE, SlotState.READY, ready));
        slots.add(slot("tin-khac", Approval.NONE, SlotState.GAP, null));

        MonthlyResult result = monthly.run(MARCH, Harness.T0);

        assertThat(result).isEqualTo(new MonthlyResult(1, 1, 0, 1));
        assertThat(site.creates.get("thang-3").get()).isEqualTo(1);
        assertThat(h.events(PublishingEvents.GapRecorded.class))
                .singleElement()
                .extracting(PublishingEvents.GapRecorded::slotId)
                .isEqualTo("ttyt-mau-2026/tin-khac/2026-03");
    }

    @Test
    void asksTheApproverWhenTheTargetNeedsApproval() {
        Article ready = h.article("thang-3", "x");
        slots.add(slot("tin-thang", Approval.REQUIRED, SlotState.READY, ready));

        MonthlyResult result = monthly.run(MARCH, Harness.T0);

        assertThat(result).isEqualTo(new MonthlyResult(1, 0, 1, 0));
        assertThat(h.store.list(null)).extracting(PublicationView::state).containsExactly(PublicationStatus.QUEUED);
        assertThat(h.events(PublishingEvents.ApprovalRequested.class)).hasSize(1);
        assertThat(site.calls).isEmpty();
    }

    @Test
    void runningTwiceForAMonthQueuesNothingTwice() {
        Article ready = h.article("thang-3", "x");
        slots.add(slot("tin-thang", Approval.NONE, SlotState.READY, ready));
        slots.add(slot("tin-khac", Approval.NONE, SlotState.OPEN, null));

        monthly.run(MARCH, Harness.T0);
        MonthlyResult again = monthly.run(MARCH, Harness.T0.plusSeconds(3600));

        assertThat(again.queued()).isZero();
        assertThat(h.store.list(null)).hasSize(1);
        assertThat(site.creates.get("thang-3").get()).isEqualTo(1);
        assertThat(h.events(PublishingEvents.GapRecorded.class)).hasSize(1);
        assertThat(h.events(PublishingEvents.Queued.class)).hasSize(1);
    }

    @Test
    void slotsOfOtherMonthsAndOtherPeriodsAreLeftAlone() {
        Article ready = h.article("thang-4", "x");
        slots.add(new Slot(
                "ttyt-mau-2026/tin-thang/2026-04",
                target("tin-thang", Approval.NONE, new FrequencyRule.PerPeriod(1, Period.MONTH)),
                null,
                "tháng 4/2026",
                new DateWindow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                LocalDate.of(2026, 4, 30),
                SlotState.READY,
                List.of(new AssignedContent(ready, null))));
        slots.add(new Slot(
                "ttyt-mau-2026/tin-quy/2026-Q1",
                target("tin-quy", Approval.NONE, new FrequencyRule.PerPeriod(1, Period.QUARTER)),
                null,
                "quý I/2026",
                new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                LocalDate.of(2026, 3, 31),
                SlotState.GAP,
                List.of()));

        assertThat(monthly.run(MARCH, Harness.T0)).isEqualTo(new MonthlyResult(0, 0, 0, 0));
    }

    private Slot slot(String targetId, Approval approval, SlotState state, @Nullable Article article) {
        return new Slot(
                "ttyt-mau-2026/" + targetId + "/2026-03",
                target(targetId, approval, new FrequencyRule.PerPeriod(1, Period.MONTH)),
                null,
                "tháng 3/2026",
                new DateWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                LocalDate.of(2026, 3, 31),
                state,
                article == null ? List.of() : List.of(new AssignedContent(article, null)));
    }

    private static Target target(String id, Approval approval, FrequencyRule rule) {
        return new Target(
                id,
                "Đăng tin bài CCHC hằng tháng",
                "Phòng Tổ chức - Hành chính",
                List.of(PlanChannel.WEBSITE),
                TargetKind.ARTICLE,
                List.of(),
                false,
                rule,
                null,
                new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                approval,
                10);
    }

    private EditorialCalendar calendar() {
        return new EditorialCalendar() {
            @Override
            public List<Calendar> calendars(int year, @Nullable String unit) {
                Plan plan = new Plan(
                        "config/plan-2026.yaml",
                        new PlanUnit("Trung tâm Y tế huyện Mẫu", "ttyt-mau"),
                        "01/KH-TTYT",
                        2026,
                        ZoneId.of("Asia/Ho_Chi_Minh"),
                        List.of());
                return List.of(new Calendar(plan, "ttyt-mau", LocalDate.of(2026, 3, 2), slots, List.of()));
            }

            @Override
            public int currentYear(@Nullable String unit) {
                return 2026;
            }

            @Override
            public Calendar calendar(Plan plan, List<Article> articles) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
