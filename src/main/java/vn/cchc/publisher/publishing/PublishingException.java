package vn.cchc.publisher.publishing;

/** An action on the queue that was refused; the message, in Vietnamese, tells the user why. */
public class PublishingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublishingException(String message) {
        super(message);
    }
}
