package vn.cchc.publisher.verification.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.channel.ChannelOutcome;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.verification.Check;
import vn.cchc.publisher.verification.Evidence;
import vn.cchc.publisher.verification.PageVerifier;
import vn.cchc.publisher.verification.ReadBackRequest;
import vn.cchc.publisher.verification.TthcListingRequest;
import vn.cchc.publisher.verification.VerificationEvents;
import vn.cchc.publisher.verification.VerificationRequest;
import vn.cchc.publisher.verification.VerificationResult;

/** The verifier: fetches with {@link PageFetcher}, checks with {@link PageChecks}, keeps the evidence. */
@Component
class JsoupPageVerifier implements PageVerifier {

    private static final Logger log = LoggerFactory.getLogger(JsoupPageVerifier.class);
    private static final Pattern TTHC_CODE = Pattern.compile("(?<![\\d.])\\d\\.\\d{6}(?![\\d])");

    private final PageFetcher fetcher;
    private final PageChecks checks;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxImages;
    private final int maxListingPages;

    JsoupPageVerifier(
            VerificationProperties properties, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.fetcher = new PageFetcher(properties, clock);
        this.checks = new PageChecks(properties);
        this.evidence = new EvidenceStore(properties.evidenceDir(), jdbc);
        this.events = events;
        this.clock = clock;
        this.maxImages = properties.maxImages();
        this.maxListingPages = properties.maxListingPages();
    }

    @Override
    public VerificationResult verify(VerificationRequest request) {
        PageFetcher.Fetched page = fetcher.get(request.url());
        List<Check> results = new ArrayList<>();
        Document document = statusCheck(page, results);
        if (document != null) {
            String finalUrl = java.util.Objects.requireNonNull(page.finalUrl());
            results.add(checks.title(document, request.page().title()));
            Element body = checks.body(document);
            results.add(checks.body(body, request.page().html()));
            results.add(images(body));
            if (request.listingUrl() != null) {
                results.add(listing(request.listingUrl(), List.of(finalUrl, request.url())));
            }
            results.add(checks.canonical(document, finalUrl));
        }
        return finish(request.publicationId(), request.unit(), "page", page, results);
    }

    @Override
    public VerificationResult verifyTthcListing(TthcListingRequest request) {
        PageFetcher.Fetched page = fetcher.get(request.url());
        List<Check> results = new ArrayList<>();
        Document document = statusCheck(page, results);
        if (document != null) {
            Set<String> shown = new TreeSet<>();
            Matcher codes = TTHC_CODE.matcher(document.body().text());
            while (codes.find()) {
                shown.add(codes.group());
            }
            Set<String> expected = new TreeSet<>();
            request.procedures().stream().map(TthcProcedure::code).forEach(expected::add);
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(shown);
            Set<String> extra = new TreeSet<>(shown);
            extra.removeAll(expected);
            int found = expected.size() - missing.size();
            results.add(
                    missing.isEmpty()
                            ? Check.pass(
                                    "tthc-count",
                                    "trang có đủ " + expected.size() + " thủ tục",
                                    "all " + expected.size() + " procedures shown")
                            : Check.fail(
                                    "tthc-count",
                                    "trang có " + found + "/" + expected.size() + " thủ tục",
                                    found + " of " + expected.size() + " procedures shown"));
            results.add(
                    missing.isEmpty() && extra.isEmpty()
                            ? Check.pass("tthc-codes", "mã thủ tục khớp danh mục", "codes match the catalogue")
                            : Check.fail(
                                    "tthc-codes",
                                    (missing.isEmpty() ? "" : "thiếu mã " + String.join(", ", missing))
                                            + (missing.isEmpty() || extra.isEmpty() ? "" : "; ")
                                            + (extra.isEmpty()
                                                    ? ""
                                                    : "mã không có trong danh mục " + String.join(", ", extra)),
                                    (missing.isEmpty() ? "" : "missing " + String.join(", ", missing))
                                            + (missing.isEmpty() || extra.isEmpty() ? "" : "; ")
                                            + (extra.isEmpty()
                                                    ? ""
                                                    : "not in the catalogue " + String.join(", ", extra))));
        }
        return finish(request.publicationId(), request.unit(), "tthc-listing", page, results);
    }

    @Override
    public VerificationResult verifyReadBack(ReadBackRequest request) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        ChannelOutcome.OfReadBack outcome = request.adapter().readBack(request.remoteId());
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        List<Check> results = ReadBackChecks.of(request, outcome);
        String url = outcome instanceof ChannelOutcome.RemotePost post
                        && !post.publicUrl().isEmpty()
                ? post.publicUrl()
                : request.adapter().name() + ":" + request.remoteId();
        Evidence seen = new Evidence(url, null, List.of(), null, started, took, null, null);
        return record(request.publicationId(), request.unit(), "read-back", seen, results);
    }

    /** Adds the status check; returns the parsed page if it answered 200 with something to parse. */
    private @Nullable Document statusCheck(PageFetcher.Fetched page, List<Check> results) {
        String chain = page.redirects().isEmpty() ? "" : " (" + page.redirects().size() + " lần chuyển hướng)";
        if (!page.answered()) {
            results.add(Check.fail("status", String.valueOf(page.failureVi()), String.valueOf(page.failureEn())));
            return null;
        }
        if (page.status() != 200) {
            results.add(Check.fail(
                    "status",
                    "trang trả về mã HTTP " + page.status() + chain,
                    "HTTP " + page.status() + " from " + page.finalUrl()));
            return null;
        }
        results.add(Check.pass(
                "status",
                "trang trả về 200" + chain,
                "HTTP 200, " + page.redirects().size() + " redirects"));
        return parse(page);
    }

    private static Document parse(PageFetcher.Fetched page) {
        try {
            return Jsoup.parse(
                    new ByteArrayInputStream(page.body()), null, java.util.Objects.requireNonNull(page.finalUrl()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Check images(@Nullable Element body) {
        if (body == null) {
            return Check.fail("images", "không có phần nội dung để kiểm tra ảnh", "no body to check images in");
        }
        Set<String> sources = new LinkedHashSet<>();
        for (Element img : body.select("img[src]")) {
            String src = img.absUrl("src");
            sources.add(src.isEmpty() ? img.attr("src") : src);
        }
        List<String> brokenVi = new ArrayList<>();
        List<String> brokenEn = new ArrayList<>();
        int checked = 0;
        for (String src : sources) {
            if (checked++ >= maxImages) {
                break;
            }
            if (src.startsWith("data:image/")) {
                continue;
            }
            String[] problem = fetcher.probeImage(src);
            if (problem != null) {
                brokenVi.add(src + ": " + problem[0]);
                brokenEn.add(src + ": " + problem[1]);
            }
        }
        if (brokenVi.isEmpty()) {
            return Check.pass(
                    "images",
                    sources.isEmpty() ? "bài không có ảnh" : "tải được cả " + sources.size() + " ảnh",
                    sources.size() + " images load");
        }
        return Check.fail(
                "images",
                brokenVi.size() + " ảnh không tải được: " + String.join("; ", brokenVi),
                brokenEn.size() + " broken images: " + String.join("; ", brokenEn));
    }

    /** Looks for the post on the listing and its older pages, {@code max-listing-pages} at most. */
    private Check listing(String listingUrl, List<String> postUrls) {
        String pageUrl = listingUrl;
        Set<String> seen = new LinkedHashSet<>();
        while (pageUrl != null && seen.size() < maxListingPages && seen.add(pageUrl)) {
            PageFetcher.Fetched listing = fetcher.get(pageUrl);
            if (!listing.answered() || listing.status() != 200) {
                String why = listing.answered() ? "mã HTTP " + listing.status() : listing.failureVi();
                String whyEn = listing.answered() ? "HTTP " + listing.status() : listing.failureEn();
                return Check.fail(
                        "listing",
                        "không mở được trang danh mục " + pageUrl + ": " + why,
                        "cannot open listing " + pageUrl + ": " + whyEn);
            }
            Document document = parse(listing);
            if (checks.listed(document, postUrls)) {
                String where = seen.size() == 1 ? "" : " (trang " + seen.size() + ")";
                return Check.pass(
                        "listing",
                        "bài có trong danh mục " + listingUrl + where,
                        "listed on " + listingUrl + ", page " + seen.size());
            }
            pageUrl = PageChecks.nextPage(document);
        }
        return Check.fail(
                "listing",
                "bài không có trong danh mục " + listingUrl + " (đã xem " + seen.size() + " trang)",
                "not listed on " + listingUrl + " (" + seen.size() + " pages looked at)");
    }

    private VerificationResult finish(
            @Nullable Long publicationId, String unit, String kind, PageFetcher.Fetched page, List<Check> results) {
        String sha = null;
        String snapshot = null;
        if (page.answered()) {
            sha = EvidenceStore.sha256(page.body());
            try {
                snapshot = evidence.snapshot(sha, page.body());
            } catch (UncheckedIOException e) {
                log.warn("Snapshot of {} not kept: {}", page.url(), e.getMessage());
            }
        }
        Integer status = page.answered() ? page.status() : null;
        Evidence seen = new Evidence(
                page.url(),
                page.finalUrl(),
                page.redirects(),
                status,
                page.startedAt(),
                page.duration(),
                sha,
                snapshot);
        return record(publicationId, unit, kind, seen, results);
    }

    private VerificationResult record(
            @Nullable Long publicationId, String unit, String kind, Evidence seen, List<Check> results) {
        boolean passed = results.stream().allMatch(Check::passed);
        evidence.record(publicationId, unit, kind, passed, seen, results);
        VerificationResult result = new VerificationResult(passed, results, seen);
        if (passed) {
            log.info("Verified {} {}", kind, seen.url());
            events.publishEvent(new VerificationEvents.Verified(
                    publicationId, unit, kind, seen.url(), seen.sha256(), seen.fetchedAt()));
        } else {
            List<String> vi = result.failures().stream()
                    .map(c -> c.name() + ": " + c.detail())
                    .toList();
            List<String> en = result.failures().stream()
                    .map(c -> c.name() + ": " + c.detailEn())
                    .toList();
            log.warn("Verification of {} {} failed: {}", kind, seen.url(), en);
            events.publishEvent(new VerificationEvents.VerificationFailed(
                    publicationId, unit, kind, seen.url(), vi, en, seen.sha256(), seen.fetchedAt()));
        }
        return result;
    }
}
