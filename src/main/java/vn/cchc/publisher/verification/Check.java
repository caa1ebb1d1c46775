package vn.cchc.publisher.verification;

/**
 * One check of a verification.
 *
 * @param name a stable name: {@code status}, {@code title}, {@code body}, {@code images}, {@code listing},
 *     {@code canonical}, {@code tthc-count}, {@code tthc-codes}, {@code live}, {@code permalink}, {@code text},
 *     {@code reachable} (a read-back the channel could not answer for now: down, slow or rate-limited)
 * @param passed whether it passed
 * @param detail what was found, in Vietnamese for the officer (which paragraphs are missing, which image
 *     failed and why)
 * @param detailEn the same in English, for logs
 */
public record Check(String name, boolean passed, String detail, String detailEn) {

    /** The name of the check a page or read-back fails when nothing (or a server error) answered. */
    public static final String STATUS = "status";

    /** The name of the check a read-back fails when the channel could not answer for now. */
    public static final String REACHABLE = "reachable";

    /** A passed check. */
    public static Check pass(String name, String detail, String detailEn) {
        return new Check(name, true, detail, detailEn);
    }

    /** A failed check. */
    public static Check fail(String name, String detail, String detailEn) {
        return new Check(name, false, detail, detailEn);
    }
}
