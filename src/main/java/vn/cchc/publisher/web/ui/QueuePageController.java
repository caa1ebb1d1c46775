package vn.cchc.publisher.web.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.publisher.channel.Channels;
import vn.cchc.publisher.content.Article;
import vn.cchc.publisher.content.ArticleStatus;
import vn.cchc.publisher.content.ContentCatalog;
import vn.cchc.publisher.publishing.Approvals;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.Publications;
import vn.cchc.publisher.publishing.PublishingException;
import vn.cchc.publisher.shared.Channel;

/**
 * {@code GET /queue}: the publications (filtered by state and channel) and the form that queues a ready
 * article; {@code POST /queue}, {@code /queue/{id}/approve|reject|cancel|retry}: the actions, by the
 * signed-in user. A refused action comes back to the page as a Vietnamese message.
 */
@Controller
class QueuePageController {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Publications publications;
    private final Approvals approvals;
    private final ContentCatalog catalog;
    private final ArticlePlans plans;
    private final Channels channels;
    private final Clock clock;

    QueuePageController(
            Publications publications,
            Approvals approvals,
            ContentCatalog catalog,
            ArticlePlans plans,
            Channels channels,
            Clock clock) {
        this.publications = publications;
        this.approvals = approvals;
        this.catalog = catalog;
        this.plans = plans;
        this.channels = channels;
        this.clock = clock;
    }

    @GetMapping("/queue")
    String queue(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String file,
            Model model) {
        PublicationStatus status =
                state == null ? null : PublicationStatus.byId(state).orElse(null);
        Channel onChannel = channel == null ? null : Channel.byId(channel).orElse(null);
        List<PublicationView> rows = publications.list(status).stream()
                .filter(p -> onChannel == null || p.channel() == onChannel)
                .toList();
        List<Article> ready = catalog.load().articles().stream()
                .filter(a -> a.status() == ArticleStatus.READY)
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("state", status == null ? "" : status.id());
        model.addAttribute("channel", onChannel == null ? "" : onChannel.id());
        model.addAttribute("states", PublicationStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("ready", ready);
        model.addAttribute("cancelled", PublicationStatus.CANCELLED);
        Optional<Article> chosen =
                ready.stream().filter(a -> a.file().equals(file)).findFirst();
        chosen.ifPresent(article -> {
            model.addAttribute("chosen", article);
            model.addAttribute("allowed", allowed(article));
            model.addAttribute(
                    "at",
                    LOCAL.format(LocalDateTime.ofInstant(clock.instant(), zoneOf(article))
                            .truncatedTo(ChronoUnit.MINUTES)));
            model.addAttribute("zone", zoneOf(article).getId());
        });
        return "ui/queue";
    }

    @PostMapping("/queue")
    String add(
            @RequestParam String file,
            @RequestParam(name = "channels", required = false) @Nullable List<String> chosen,
            @RequestParam(required = false) @Nullable String at,
            Authentication user,
            RedirectAttributes flash) {
        Optional<Article> found = catalog.load().articles().stream()
                .filter(a -> a.file().equals(file) && a.status() == ArticleStatus.READY)
                .findFirst();
        if (found.isEmpty()) {
            return error(flash, "Không tìm thấy bài viết sẵn sàng " + file + ".");
        }
        Article article = found.get();
        Set<Channel> wanted = EnumSet.noneOf(Channel.class);
        for (String id : chosen == null ? List.<String>of() : chosen) {
            Channel c = Channel.byId(id).orElse(null);
            if (c == null || !allowed(article).contains(c)) {
                return error(flash, "Kênh " + id + " không dùng được cho bài này.");
            }
            wanted.add(c);
        }
        if (wanted.isEmpty()) {
            return error(flash, "Chọn ít nhất một kênh.");
        }
        LocalDateTime when;
        try {
            when = at == null || at.isBlank()
                    ? LocalDateTime.ofInstant(clock.instant(), zoneOf(article))
                    : LocalDateTime.parse(at, LOCAL);
        } catch (DateTimeParseException e) {
            return error(flash, "Thời điểm đăng không hợp lệ: " + at + " (cần ngày và giờ).");
        }
        try {
            List<PublicationView> queued = approvals.queue(
                    null, article.file(), wanted, when.atZone(zoneOf(article)).toInstant(), user.getName());
            flash.addFlashAttribute(
                    "message", "Đã đưa bài \"" + article.title() + "\" vào hàng đợi trên " + queued.size() + " kênh.");
        } catch (PublishingException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/queue";
    }

    @PostMapping("/queue/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String comment,
            Authentication user,
            RedirectAttributes flash) {
        return act(flash, "Đã duyệt", () -> approvals.approve(id, user.getName(), blankToNull(comment)));
    }

    @PostMapping("/queue/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String comment,
            Authentication user,
            RedirectAttributes flash) {
        String reason = blankToNull(comment);
        if (reason == null) {
            return error(flash, "Khi từ chối cần ghi lý do (ô \"Nhận xét\").");
        }
        return act(flash, "Đã từ chối", () -> approvals.reject(id, user.getName(), reason));
    }

    @PostMapping("/queue/{id}/cancel")
    String cancel(@PathVariable long id, Authentication user, RedirectAttributes flash) {
        return act(flash, "Đã hủy", () -> approvals.cancel(id, user.getName()));
    }

    @PostMapping("/queue/{id}/retry")
    String retry(@PathVariable long id, Authentication user, RedirectAttributes flash) {
        return act(flash, "Đã gửi lại", () -> approvals.retry(id, user.getName()));
    }

    private static String act(RedirectAttributes flash, String done, Supplier<PublicationView> action) {
        try {
            PublicationView p = action.get();
            flash.addFlashAttribute(
                    "message",
                    done + " bài \"" + p.title() + "\" (" + p.channel().title() + ", số " + p.id() + ").");
        } catch (PublishingException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/queue";
    }

    private static String error(RedirectAttributes flash, String message) {
        flash.addFlashAttribute("error", message);
        return "redirect:/queue";
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The article's channels that have an adapter, in channel order. */
    private List<Channel> allowed(Article article) {
        List<Channel> allowed = new ArrayList<>();
        for (Channel c : Channel.values()) {
            if (article.channels().contains(c) && channels.adapter(c).isPresent()) {
                allowed.add(c);
            }
        }
        return allowed;
    }

    private ZoneId zoneOf(Article article) {
        return plans.zoneOf(article);
    }
}
