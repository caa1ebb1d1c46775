package vn.cchc.publisher.verification;

/**
 * One check of a verification.
 *
 * @param name a stable name: {@code status}, {@code title}, {@code body}, {@code images}, {@code listing},
 *     {@code canonical}, {@code tthc-count}, {@code tthc-codes}, {@code live}, {@code permalink}, {@code text}
 * @param passed whether it passed
 * @param detail what was found, in Vietnamese for the officer (which paragraphs are missing, which image
 *     failed and why)
 * @param detailEn the same in English, for logs
 */
public record Check(String name, boolean passed, String detail, String detailEn) {

    /** A passed check. */
    public static Check pass(String name, String detail, String detailEn) {
        return new Check(name, true, detail, detailEn);
    }

    /** A failed check. */
    public static Check fail(String name, String detail, String detailEn) {
        return new Check(name, false, detail, detailEn);
    }
}
