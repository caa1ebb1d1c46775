package vn.cchc.publisher.notification;

/** Who a notice is for. {@link #id()} is what is stored and configured. */
public enum Role {
    /** The leader who approves publications. */
    APPROVER("approver"),
    /** The communications officer who writes and publishes. */
    OFFICER("officer");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The identifier, e.g. {@code approver}. */
    public String id() {
        return id;
    }

    /** The role of {@code id}; throws with the accepted values when there is none. */
    public static Role of(String id) {
        for (Role role : values()) {
            if (role.id.equals(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role \"" + id + "\"; expected approver or officer");
    }
}
