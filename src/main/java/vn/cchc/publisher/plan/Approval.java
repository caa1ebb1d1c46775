package vn.cchc.publisher.plan;

import java.util.Arrays;
import java.util.Optional;

/** Whether a target's posts wait for a leader's approval before they go out. */
public enum Approval {
    /** A leader approves each post (the default: public-sector content is approved before publication). */
    REQUIRED("required"),
    /** Posts go out when due, without approval. */
    NONE("none");

    private final String id;

    Approval(String id) {
        this.id = id;
    }

    /** The identifier used in plan files. */
    public String id() {
        return id;
    }

    /** Finds a value by its identifier; empty if there is none. */
    public static Optional<Approval> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
