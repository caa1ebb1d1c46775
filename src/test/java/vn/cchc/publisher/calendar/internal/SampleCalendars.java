package vn.cchc.publisher.calendar.internal;

import static vn.cchc.publisher.calendar.CalendarFixtures.article;
import static vn.cchc.publisher.calendar.CalendarFixtures.articles;
import static vn.cchc.publisher.calendar.CalendarFixtures.plan;
import static vn.cchc.publisher.calendar.CalendarFixtures.target;

import java.time.Clock;
import java.util.List;
import vn.cchc.publisher.calendar.Calendar;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule.OnDemand;
import vn.cchc.publisher.plan.FrequencyRule.OneOff;
import vn.cchc.publisher.plan.FrequencyRule.Ongoing;
import vn.cchc.publisher.plan.FrequencyRule.PerPeriod;
import vn.cchc.publisher.plan.Period;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;

/** A plan shaped like the sample plan file, with a few articles. */
final class SampleCalendars {

    static final Plan PLAN = plan(
            target("web-monthly").build(),
            target("reform-areas")
                    .task("Cung cấp tin, bài về kết quả thực hiện từng nội dung cải cách hành chính")
                    .channels(PlanChannel.WEBSITE, PlanChannel.FACEBOOK)
                    .rule(new PerPeriod(1, Period.QUARTER))
                    .perArea(Area.THE_CHE, Area.THU_TUC_HANH_CHINH)
                    .build(),
            target("tthc-listing")
                    .task("Công khai bộ thủ tục hành chính thuộc thẩm quyền giải quyết")
                    .kind(TargetKind.TTHC_LISTING)
                    .areas(Area.THU_TUC_HANH_CHINH)
                    .rule(new OneOff(DateWindow.quarter(2026, 1)))
                    .build(),
            target("press-yearly")
                    .task("Viết bài tuyên truyền CCHC gửi Báo và Đài tỉnh")
                    .kind(TargetKind.PRESS)
                    .rule(new PerPeriod(2, Period.YEAR))
                    .build(),
            target("visual-ongoing")
                    .task("Tuyên truyền trực quan: pano, áp phích, khẩu hiệu về CCHC")
                    .kind(TargetKind.VISUAL)
                    .rule(new Ongoing())
                    .build(),
            target("contests-on-demand")
                    .kind(TargetKind.CONTEST)
                    .rule(new OnDemand())
                    .build());

    static final List<Article> ARTICLES = articles(
            article("mot-cua")
                    .title("Một cửa liên thông giúp người dân tiết kiệm thời gian")
                    .target("web-monthly")
                    .publishAt("2026-03-02T08:00")
                    .ready(),
            article("the-che-q2").title("Rà soát văn bản quy phạm pháp luật").area(Area.THE_CHE),
            article("lac-de").title("Bài cho chỉ tiêu không có").target("khong-co"));

    private SampleCalendars() {}

    static Calendar calendar(Clock clock) {
        return TestCalendars.service(clock).calendar(PLAN, ARTICLES);
    }
}
