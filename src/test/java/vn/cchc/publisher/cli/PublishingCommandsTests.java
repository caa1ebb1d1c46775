package vn.cchc.publisher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.publisher.calendar.SettableClock;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.content.WebsitePage;
import vn.cchc.publisher.shared.Channel;

/** queue, publications, approve, reject and publish --due, run as the jar runs them, on the sample content. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        args = "--version",
        properties = {
            "cchc.channels.facebook.enabled=false",
            "cchc.channels.zalo.enabled=false",
            "cchc.channels.local-site.enabled=false"
        })
@ActiveProfiles("cli")
class PublishingCommandsTests {

    private static final String FILE = "content/articles/2026-03-mot-cua-nop-ho-so-truc-tuyen.md";

    @TestConfiguration
    static class Setup {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock("2026-03-20T05:00:00Z");
        }

        @Bean
        RecordingWebsite website() {
            return new RecordingWebsite();
        }
    }

    /** A website that records what it was sent. */
    static class RecordingWebsite implements ChannelAdapter<WebsitePage> {
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public Channel channel() {
            return Channel.WEBSITE;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Class<WebsitePage> renditionType() {
            return WebsitePage.class;
        }

        @Override
        public ChannelStatus status() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfPublish publish(PublishRequest<WebsitePage> request) {
            sent.add(request.rendition().slug());
            return new ChannelOutcome.Published(
                    "1", "https://ttyt.example.vn/" + request.rendition().slug());
        }

        @Override
        public ChannelOutcome.OfLookup findExisting(PublishRequest<WebsitePage> request) {
            return new ChannelOutcome.NotFound();
        }

        @Override
        public ChannelOutcome.OfReadBack readBack(String remoteId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<WebsitePage> request) {
            return publish(request);
        }

        @Override
        public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
            throw new UnsupportedOperationException();
        }
    }

    @Autowired
    CliRunner runner;

    @Autowired
    RecordingWebsite website;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        return runner.newCommandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true))
                .execute(args);
    }

    @Test
    void queueApproveAndPublishTheDueArticle() {
        assertThat(run("queue", FILE, "--channel", "website", "--by", "officer"))
                .isZero();
        assertThat(stdout.toString()).contains("#1\tqueued\twebsite").contains("articles/2026-03-mot-cua");

        assertThat(run("approve", "1", "--by", "officer")).isEqualTo(1);
        assertThat(stderr.toString()).contains("Không được tự duyệt");

        assertThat(run("publish", "--due", "--dry-run")).isZero();
        assertThat(stdout.toString()).contains("Không có bài nào đến hạn.");

        assertThat(run("approve", "1", "--by", "leader", "--comment", "Đồng ý")).isZero();
        assertThat(run("publish", "--due", "--dry-run")).isZero();
        assertThat(stdout.toString()).contains("→ website (recording): đăng mới");
        assertThat(website.sent).isEmpty();

        assertThat(run("publish", "--due")).isZero();
        assertThat(stdout.toString()).contains("Đã đăng: 1, chờ thử lại: 0, cần xử lý: 0");
        assertThat(website.sent)
                .containsExactly("nop-ho-so-truc-tuyen-qua-bo-phan-mot-cua-it-giay-to-khong-phai-di-lai-nhieu-lan");

        stdout.getBuffer().setLength(0);
        assertThat(run("publications", "--state", "published")).isZero();
        assertThat(stdout.toString()).startsWith("#1\tpublished\twebsite");
    }

    @Test
    void rejectNeedsACommentAndUnknownInputIsRefused() {
        assertThat(run("reject", "1")).isEqualTo(2);
        assertThat(run("queue", FILE, "--channel", "tiktok")).isEqualTo(2);
        assertThat(stderr.toString()).contains("unknown channel 'tiktok'");
        assertThat(run("publications", "--state", "lost")).isEqualTo(2);
        assertThat(run("approve", "999", "--by", "leader")).isEqualTo(1);
        assertThat(stderr.toString()).contains("Không có bài #999");
    }
}
