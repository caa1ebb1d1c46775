package vn.cchc.publisher.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.publishing.PublicationStatus;
import vn.cchc.publisher.publishing.PublicationView;
import vn.cchc.publisher.publishing.PublishedVerification;
import vn.cchc.publisher.publishing.PublishingEvents;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.Evidence;
import vn.cchc.publisher.verification.PageVerifier;
import vn.cchc.publisher.verification.ReadBackRequest;
import vn.cchc.publisher.verification.TthcListingRequest;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;

class PublishedVerifierTest {

    private final Harness h = new Harness();
    private final FakeChannel website = new FakeChannel();
    private final DefaultPublishingEngine engine = h.engine(website);
    private final List<VerificationRequest> checked = new ArrayList<>();
    private boolean pagesAreThere = true;

    private final PageVerifier verifier = new PageVerifier() {
        @Override
        public VerificationResult verify(VerificationRequest request) {
            checked.add(request);
            Check body = pagesAreThere
                    ? Check.pass("body", "Đủ nội dung.", "All paragraphs are there.")
                    : Check.fail("body", "Thiếu đoạn: \"Nội dung\".", "Missing paragraph: \"Nội dung\".");
            return new VerificationResult(body.passed(), List.of(body), evidence(request.url()));
        }

        @Override
        public VerificationResult verifyTthcListing(TthcListingRequest request) {
            throw new AssertionError("no TTHC listing here");
        }

        @Override
        public VerificationResult verifyReadBack(ReadBackRequest request) {
            throw new AssertionError("only the website is published here");
        }
    };

    private final PublishedVerifier verification = h.publishedVerifier(website, verifier);

    @AfterEach
    void close() {
        h.close();
    }

    private PublicationView published(String name) {
        h.approvalRequired = false;
        PublicationView p = h.approvals()
                .queue(null, h.article(name, "Nội dung " + name).file(), Set.of(Channel.WEBSITE), Harness.T0, "officer")
                .get(0);
        engine.publishDue(Harness.T0, false);
        return h.store.find(p.id()).orElseThrow();
    }

    @Test
    void aPageThatShowsTheArticleMakesThePublicationVerified() {
        PublicationView p = published("a");

        PublishedVerification.Outcome outcome = verification.verifyPublished(Harness.T0.plusSeconds(60));

        assertThat(outcome).isEqualTo(new PublishedVerification.Outcome(1, 0));
        assertThat(h.store.find(p.id()).orElseThrow().state()).isEqualTo(PublicationStatus.VERIFIED);
        assertThat(checked).singleElement().satisfies(request -> {
            assertThat(request.publicationId()).isEqualTo(p.id());
            assertThat(request.url()).isEqualTo(p.url());
            assertThat(request.page().title()).isEqualTo(p.title());
        });
        assertThat(verification.verifyPublished(Harness.T0.plusSeconds(120)))
                .as("a verified publication is not checked again by this pass")
                .isEqualTo(new PublishedVerification.Outcome(0, 0));
    }

    @Test
    void aPageMissingItsTextNeedsAttentionWithTheFailedCheckAsReason() {
        PublicationView p = published("b");
        pagesAreThere = false;

        PublishedVerification.Outcome outcome = verification.verifyPublished(Harness.T0.plusSeconds(60));

        assertThat(outcome).isEqualTo(new PublishedVerification.Outcome(0, 1));
        PublicationView after = h.store.find(p.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(PublicationStatus.NEEDS_ATTENTION);
        assertThat(after.lastErrorVi())
                .contains("Kiểm tra sau khi đăng không đạt")
                .contains("Thiếu đoạn");
        assertThat(after.lastErrorEn()).contains("Missing paragraph");
        assertThat(h.events(PublishingEvents.NeedsAttention.class))
                .singleElement()
                .extracting(PublishingEvents.NeedsAttention::publicationId)
                .isEqualTo(p.id());
    }

    private static Evidence evidence(String url) {
        return new Evidence(url, url, List.of(), 200, Harness.T0, Duration.ofMillis(5), null, null);
    }
}
