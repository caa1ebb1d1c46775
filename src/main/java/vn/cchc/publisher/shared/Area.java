package vn.cchc.publisher.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six CCHC reform areas of Resolution 76/NQ-CP and the general topics plans list beside them.
 * {@link #id()} is the stable identifier used in front matter and plan files.
 */
public enum Area {
    THE_CHE("the-che", "Cải cách thể chế", true),
    THU_TUC_HANH_CHINH("thu-tuc-hanh-chinh", "Cải cách thủ tục hành chính", true),
    TO_CHUC_BO_MAY("to-chuc-bo-may", "Cải cách tổ chức bộ máy", true),
    CHE_DO_CONG_VU("che-do-cong-vu", "Cải cách chế độ công vụ", true),
    TAI_CHINH_CONG("tai-chinh-cong", "Cải cách tài chính công", true),
    CHINH_QUYEN_SO("chinh-quyen-so", "Xây dựng, phát triển Chính quyền điện tử, Chính quyền số", true),
    CHI_DAO_DIEU_HANH("chi-dao-dieu-hanh", "Chỉ đạo, điều hành", false),
    KET_QUA_CCHC("ket-qua-cchc", "Kết quả cải cách hành chính", false),
    DIEN_HINH("dien-hinh", "Điển hình, mô hình hay", false),
    CHI_SO("chi-so", "Các chỉ số cải cách hành chính", false);

    private final String id;
    private final String title;
    private final boolean reformArea;

    Area(String id, String title, boolean reformArea) {
        this.id = id;
        this.title = title;
        this.reformArea = reformArea;
    }

    /** The stable identifier, e.g. {@code thu-tuc-hanh-chinh}. */
    public String id() {
        return id;
    }

    /** The Vietnamese name shown to users. */
    public String title() {
        return title;
    }

    /** True for the six reform areas, false for the general topics. */
    public boolean isReformArea() {
        return reformArea;
    }

    /** Finds an area by its identifier; empty if there is none. */
    public static Optional<Area> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    /** The identifiers, comma-separated, for error messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Area::id).toList());
    }
}
