package vn.cchc.publisher.publishing;

import java.time.Instant;

/**
 * Checks what was published: every publication that is {@code published} but not yet {@code verified} is
 * looked at where it went (the website page with Jsoup, a Facebook or Zalo post read back through the
 * channel's API). A publication that passes becomes {@code verified}; one that fails needs attention,
 * with the failed checks as its reason. The service runs it after each publishing pass.
 */
public interface PublishedVerification {

    /**
     * Verifies every publication published at or before {@code now} that is not verified yet.
     *
     * @return how many were verified (passed) and how many failed
     */
    Outcome verifyPublished(Instant now);

    /**
     * What one verification pass found.
     *
     * @param verified publications now verified
     * @param failed publications whose check failed; they now need attention
     */
    record Outcome(int verified, int failed) {}
}
