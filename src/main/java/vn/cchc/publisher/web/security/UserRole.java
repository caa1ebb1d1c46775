package vn.cchc.publisher.web.security;

import java.util.Locale;

/**
 * What a signed-in user may do. {@link #id()} is what the configuration names; {@link #authority()} is the
 * Spring Security authority. {@link #ADMIN} implies every other role.
 */
public enum UserRole {
    /** The communications officer: content, the queue, offline activities. */
    OFFICER("officer", "Cán bộ truyền thông"),
    /** The leader who approves or rejects queued publications. */
    APPROVER("approver", "Lãnh đạo duyệt"),
    /** Reads everything, the audit trail and the reports. */
    AUDITOR("auditor", "Kiểm tra, báo cáo"),
    /** Everything, including operations. */
    ADMIN("admin", "Quản trị");

    private final String id;
    private final String label;

    UserRole(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The identifier used in the configuration, e.g. {@code officer}. */
    public String id() {
        return id;
    }

    /** The Vietnamese name shown to users. */
    public String label() {
        return label;
    }

    /** The role name without prefix, as given to {@code hasRole}, e.g. {@code OFFICER}. */
    public String role() {
        return name();
    }

    /** The authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role of {@code id} (case-insensitive); throws naming the accepted values when there is none. */
    public static UserRole of(String id) {
        for (UserRole role : values()) {
            if (role.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException(
                "unknown role \"" + id + "\"; expected one of officer, approver, auditor, admin");
    }
}
