package vn.cchc.publisher.verification;

/**
 * Checks that what was published is really there. Every method fetches or reads back once, stores the
 * evidence (a row of table {@code verification} and, for pages, a gzip snapshot of the fetched HTML named
 * by its SHA-256), publishes {@link VerificationEvents.Verified} or {@link
 * VerificationEvents.VerificationFailed}, and never throws for what the network or the remote site does:
 * an unreachable page is a failed check. Arguments are never null.
 */
public interface PageVerifier {

    /**
     * Verifies a published website page against the article's rendering: the page answers 200 after
     * redirects, its title or first heading is the article's title, its body contains every paragraph of
     * the rendering, every image of its body loads, it is listed on the listing page (when the request
     * names one) and its canonical URL is the final URL.
     */
    VerificationResult verify(VerificationRequest request);

    /** Verifies that the TTHC listing page shows every procedure of the catalogue: count and codes. */
    VerificationResult verifyTthcListing(TthcListingRequest request);

    /** Verifies a Facebook or Zalo post by reading it back through the channel's API: live, with a permalink. */
    VerificationResult verifyReadBack(ReadBackRequest request);
}
