package vn.cchc.publisher.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.plan.Approval;
import vn.cchc.publisher.plan.DateWindow;
import vn.cchc.publisher.plan.FrequencyRule;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.PlanUnit;
import vn.cchc.publisher.plan.Target;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;

/** Plans, targets, articles and clocks for calendar tests. */
public final class CalendarFixtures {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final int YEAR = 2026;

    private CalendarFixtures() {}

    /** A clock stopped at {@code instant} (ISO, e.g. {@code 2026-03-31T17:30:00Z}). */
    public static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** A clock stopped at noon, Vietnam time, on {@code date}. */
    public static Clock clockOn(LocalDate date) {
        return Clock.fixed(date.atTime(12, 0).atZone(VIETNAM).toInstant(), ZoneOffset.UTC);
    }

    /** A bean provider handing out {@code clock}, as Spring would. */
    public static ObjectProvider<Clock> provider(Clock clock) {
        return new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class);
    }

    /** The 2026 plan of the made-up unit {@code ttyt-mau}. */
    public static Plan plan(Target... targets) {
        return plan("ttyt-mau", YEAR, targets);
    }

    public static Plan plan(String unitId, int year, Target... targets) {
        return new Plan(
                "config/plan-" + year + ".yaml",
                new PlanUnit("Trung tâm Y tế huyện Mẫu", unitId),
                "01/KH-TTYT",
                year,
                VIETNAM,
                List.of(targets));
    }

    public static TargetBuilder target(String id) {
        return new TargetBuilder(id);
    }

    public static ArticleBuilder article(String name) {
        return new ArticleBuilder(name);
    }

    /** Builds targets: an article target on the website, monthly, over the plan year, unless told. */
    public static final class TargetBuilder {
        private final String id;
        private String task = "Đưa tin, bài viết về công tác CCHC lên Trang thông tin điện tử";
        private TargetKind kind = TargetKind.ARTICLE;
        private List<PlanChannel> channels = List.of(PlanChannel.WEBSITE);
        private List<Area> areas = List.of();
        private boolean perArea;
        private FrequencyRule rule = new FrequencyRule.PerPeriod(1, vn.cchc.publisher.plan.Period.MONTH);
        private DateWindow active = DateWindow.year(YEAR);

        private TargetBuilder(String id) {
            this.id = id;
        }

        public TargetBuilder task(String task) {
            this.task = task;
            return this;
        }

        /** The kind, with its default channels. */
        public TargetBuilder kind(TargetKind kind) {
            this.kind = kind;
            this.channels = kind.defaultChannels();
            return this;
        }

        public TargetBuilder channels(PlanChannel... channels) {
            this.channels = List.of(channels);
            return this;
        }

        public TargetBuilder areas(Area... areas) {
            this.areas = List.of(areas);
            return this;
        }

        public TargetBuilder perArea(Area... areas) {
            this.areas = List.of(areas);
            this.perArea = true;
            return this;
        }

        public TargetBuilder rule(FrequencyRule rule) {
            this.rule = rule;
            return this;
        }

        public TargetBuilder active(DateWindow active) {
            this.active = active;
            return this;
        }

        public Target build() {
            return new Target(
                    id,
                    task,
                    "Phòng Tổ chức - Hành chính",
                    channels,
                    kind,
                    areas,
                    perArea,
                    rule,
                    null,
                    active,
                    Approval.REQUIRED,
                    1);
        }
    }

    /** Builds articles: a draft without area, target or date, unless told. */
    public static final class ArticleBuilder {
        private final String file;
        private String title;
        private @Nullable Area area;
        private @Nullable String target;
        private @Nullable OffsetDateTime publishAt;
        private ArticleStatus status = ArticleStatus.DRAFT;

        private ArticleBuilder(String name) {
            this.file = "articles/" + name + ".md";
            this.title = "Bài " + name;
        }

        public ArticleBuilder title(String title) {
            this.title = title;
            return this;
        }

        public ArticleBuilder area(Area area) {
            this.area = area;
            return this;
        }

        public ArticleBuilder target(String target) {
            this.target = target;
            return this;
        }

        /** Publication time, Vietnam time, e.g. {@code 2026-03-10T08:00}. */
        public ArticleBuilder publishAt(String localDateTime) {
            this.publishAt =
                    java.time.LocalDateTime.parse(localDateTime).atZone(VIETNAM).toOffsetDateTime();
            return this;
        }

        public ArticleBuilder ready() {
            this.status = ArticleStatus.READY;
            return this;
        }

        public Article build() {
            return new Article(
                    file,
                    vn.cchc.publisher.shared.Slugs.of(title),
                    title,
                    area,
                    target,
                    Set.of(Channel.values()),
                    publishAt,
                    null,
                    null,
                    List.of(),
                    status,
                    "Nội dung.\n",
                    3,
                    Integer.toHexString(file.hashCode()),
                    List.of());
        }
    }

    /** The articles built by {@code builders}. */
    public static List<Article> articles(ArticleBuilder... builders) {
        return new ArrayList<>(
                Arrays.stream(builders).map(ArticleBuilder::build).toList());
    }
}
