package vn.cchc.publisher.plan;

/**
 * A frequency expression that {@link Frequency#parse} does not understand. The message quotes the text,
 * says what was not understood and how to write the target explicitly instead.
 */
public final class FrequencyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;

    /**
     * @param text the expression as written
     * @param reason what was not understood, without the explicit-form advice
     * @param year the plan year, used in the advice's example dates
     */
    public FrequencyException(String text, String reason, int year) {
        super("cannot read the frequency \"" + text + "\": " + reason
                + ". Write it explicitly instead: count: 1 and period: " + Period.ids()
                + ", or window: {from: " + year + "-01-01, to: " + year + "-03-31} for a one-off, or due: "
                + year + "-09-15 for a deadline");
        this.text = text;
    }

    /** The expression as written. */
    public String text() {
        return text;
    }
}
