package vn.cchc.publisher.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.channel.ChannelAdapter;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.channel.ChannelStatus;
import vn.cchc.publisher.channel.PublishRequest;
import vn.cchc.publisher.content.FacebookPost;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.ReadBackRequest;
import vn.cchc.publisher.verification.VerificationEvents;
import vn.cchc.publisher.verification.VerificationResult;

/** Facebook and Zalo posts are verified by reading them back through the channel's API. */
class VerificationByReadBackTest {

    @TempDir
    Path evidenceDir;

    private VerificationFixtures fixtures;
    private ChannelOutcome.OfReadBack answer = new ChannelOutcome.NotFound();

    @BeforeEach
    void setUp() {
        fixtures = new VerificationFixtures(evidenceDir);
    }

    private VerificationResult readBack(String expectedText) {
        return fixtures.verifier.verifyReadBack(
                new ReadBackRequest(9L, "ttyt-mau", new FakeAdapter(), "123_456", expectedText));
    }

    @Test
    void aLivePostWithItsPermalinkPasses() {
        answer = new ChannelOutcome.RemotePost(
                "123_456", "https://www.facebook.com/123/posts/456", true, "Bộ phận một cửa hiện đại\n\nNội dung");

        VerificationResult result = readBack("Bộ phận  một cửa hiện đại");

        assertThat(result.failures()).isEmpty();
        assertThat(result.checks()).extracting(Check::name).containsExactly("live", "permalink", "text");
        assertThat(result.evidence().url()).isEqualTo("https://www.facebook.com/123/posts/456");
        assertThat(fixtures.jdbc
                        .sql("SELECT kind FROM verification")
                        .query(String.class)
                        .single())
                .isEqualTo("read-back");
    }

    @Test
    void aHiddenPostWithoutPermalinkFailsBothChecks() {
        answer = new ChannelOutcome.RemotePost("123_456", "", false, "Bộ phận một cửa hiện đại");

        VerificationResult result = readBack(null);

        assertThat(result.failures()).extracting(Check::name).containsExactly("live", "permalink");
        assertThat(result.evidence().url()).isEqualTo("facebook:123_456");
    }

    @Test
    void aChannelThatCannotAnswerForNowIsATransientFailureNotADeletedPost() {
        answer = new ChannelOutcome.RetryLater(
                java.time.Instant.parse("2026-03-02T04:00:00Z"), "Facebook đang quá tải", "rate limited");

        VerificationResult result = readBack(null);

        assertThat(result.failures()).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo("reachable");
            assertThat(check.detail()).contains("Facebook đang quá tải");
        });
        assertThat(result.transientFailure()).isTrue();
        assertThat(result.gone()).isFalse();
    }

    @Test
    void aBadTokenIsNotTransient() {
        answer = new ChannelOutcome.NeedsAttention("Mã truy cập hết hạn", "token expired");

        VerificationResult result = readBack(null);

        assertThat(result.failures()).extracting(Check::name).containsExactly("live");
        assertThat(result.transientFailure()).isFalse();
    }

    @Test
    void aDeletedPostFailsAndTellsTheEngine() {
        VerificationResult result = readBack(null);

        assertThat(result.failures())
                .singleElement()
                .extracting(Check::detail)
                .isEqualTo("bài 123_456 không còn trên facebook");
        assertThat(result.transientFailure()).isFalse();
        VerificationEvents.VerificationFailed failed = (VerificationEvents.VerificationFailed) fixtures.events.get(0);
        assertThat(failed.publicationId()).isEqualTo(9L);
        assertThat(failed.kind()).isEqualTo("read-back");
    }

    @Test
    void aChannelThatCannotBeReadIsAFailedCheckWithItsReason() {
        answer = new ChannelOutcome.NeedsAttention("Mã truy cập hết hạn", "token expired");

        assertThat(readBack(null).checks().get(0).detailEn())
                .isEqualTo("cannot read the post back from facebook: token expired");
    }

    private final class FakeAdapter implements ChannelAdapter<FacebookPost> {
        @Override
        public Channel channel() {
            return Channel.FACEBOOK;
        }

        @Override
        public String name() {
            return "facebook";
        }

        @Override
        public Class<FacebookPost> renditionType() {
            return FacebookPost.class;
        }

        @Override
        public ChannelStatus status() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfPublish publish(PublishRequest<FacebookPost> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfLookup findExisting(PublishRequest<FacebookPost> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfReadBack readBack(String remoteId) {
            return answer;
        }

        @Override
        public ChannelOutcome.OfPublish update(String remoteId, PublishRequest<FacebookPost> request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChannelOutcome.OfUnpublish unpublish(String remoteId) {
            throw new UnsupportedOperationException();
        }
    }
}
