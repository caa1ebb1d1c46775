package vn.cchc.publisher.publishing;

/** An action on the queue that was refused; the message, in Vietnamese, tells the user why. */
public class PublishingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an action was refused, for callers that answer differently (the REST API's status codes). */
    public enum Reason {
        /** The publication's state does not allow it, or someone else changed it first. */
        CONFLICT,
        /** There is no publication with that id. */
        NOT_FOUND,
        /** The request itself is wrong: an unknown or unready article, a channel it is not for, no comment. */
        INVALID,
        /** The actor may not do it: approving what they queued themselves. */
        FORBIDDEN
    }

    private final Reason reason;

    public PublishingException(String message) {
        this(Reason.CONFLICT, message);
    }

    public PublishingException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }
}
