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

    /** The checks that failed. */
    public List<Check> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
