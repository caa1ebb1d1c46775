package vn.cchc.publisher.verification;

import java.util.List;

/**
 * The outcome of one verification.
 *
 * @param passed true when every check passed
 * @param checks each check run, in order
 * @param evidence what was fetched, and where it is kept
 */
public record VerificationResult(boolean passed, List<Check> checks, Evidence evidence) {

    public VerificationResult {
        checks = List.copyOf(checks);
    }

    /**
     * Whether the verification failed only because nothing answered for now: a page that did not answer
     * (timeout, refused connection, unknown host), answered with a server error (5xx) or 429, or a channel
     * that could not be read back for now. Such a failure says nothing about the page itself and may pass
     * when tried again; a page that answered 404 or 410, or that shows something else, is not transient.
     */
    public boolean transientFailure() {
        List<Check> failed = failures();
        if (passed || failed.size() != 1) {
            return false;
        }
        String name = failed.get(0).name();
        if (name.equals(Check.REACHABLE)) {
            return true;
        }
        Integer status = evidence.httpStatus();
        return name.equals(Check.STATUS) && (status == null || status >= 500 || status == 429);
    }

    /** Whether the page answered 404 or 410: it was taken down. */
    public boolean gone() {
        Integer status = evidence.httpStatus();
        return !passed && status != null && (status == 404 || status == 410);
    }

    /** The checks that failed. */
    public List<Check> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
