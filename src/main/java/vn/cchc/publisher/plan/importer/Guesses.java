package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;

/**
 * Guesses a task's kind, channels and areas from its words. The kind comes from the task's own words
 * before its group row's, product's or form's: a TTHC listing or a report wins, otherwise the first
 * product named ("bài viết/video" is an article); a task with an online channel and no product, or one
 * that communicates ("tuyên truyền …") without managing ("kiểm tra", "giám sát", "xây dựng kế hoạch"), is
 * an article.
 */
final class Guesses {

    private static final String PRESS = "bao chi|bao dien tu|bao in|bao va|bao tinh|cac bao|dai phat thanh|phat thanh"
            + "|truyen hinh|phuong tien thong tin dai chung|phuong tien dai chung|thong tin dai chung|co quan thong tan";
    private static final String EVENT = "hoi nghi|hoi thao|toa dam|cuoc hop|giao ban|tap huan|lop boi duong"
            + "|lop dao tao|buoi|sinh hoat|san khau|hop thuong ky";

    private static final Vocabulary<TargetKind> PRIORITY_KINDS = new Vocabulary<TargetKind>()
            .add(
                    TargetKind.TTHC_LISTING,
                    "(?:cong khai|niem yet|cong bo)[^.;]{0,100}?(?:thu tuc hanh chinh|tthc)"
                            + "|(?:bo|danh muc) (?:thu tuc hanh chinh|tthc)")
            .add(TargetKind.REPORT, "bao cao(?! vien)");
    private static final Vocabulary<TargetKind> KINDS = new Vocabulary<TargetKind>()
            .add(
                    TargetKind.ARTICLE,
                    "tin,? bai|bai viet|tin ngan|dua tin|dang tai|chuyen muc|chuyen trang|bai(?! bo)|tin tuc"
                            + "|cong bo ket qua")
            .add(TargetKind.VIDEO, "video|videos|clip|clips|phong su")
            .add(TargetKind.NEWSLETTER, "ban tin|an pham")
            .add(TargetKind.PRESS, PRESS)
            .add(TargetKind.EVENT, EVENT)
            .add(TargetKind.CONTEST, "cuoc thi|hoi thi")
            .add(TargetKind.VISUAL, "pa ?no|ap phich|khau hieu|bang ron|truc quan|bien hieu|to roi|to gap");
    private static final Vocabulary<PlanChannel> CHANNELS = new Vocabulary<PlanChannel>()
            .add(
                    PlanChannel.WEBSITE,
                    "trang thong tin dien tu|trang ttdt|cong thong tin dien tu|website|trang web"
                            + "|chuyen trang|chuyen muc")
            .add(PlanChannel.FACEBOOK, "facebook|fanpage|fan page|mang xa hoi")
            .add(PlanChannel.ZALO, "zalo|mang xa hoi")
            .add(PlanChannel.YOUTUBE, "youtube")
            .add(PlanChannel.PRESS, PRESS)
            .add(PlanChannel.NEWSLETTER, "ban tin|an pham")
            .add(PlanChannel.EVENT, EVENT + "|cuoc thi|hoi thi")
            .add(PlanChannel.POSTER, "pa ?no|ap phich|khau hieu|bang ron|truc quan|bien hieu")
            .add(PlanChannel.LEAFLET, "to roi|to gap|so tay")
            .add(PlanChannel.LOUDSPEAKER, "loa|loa dai|truyen thanh")
            .add(PlanChannel.SCREEN, "man hinh|ti vi|tivi")
            .add(PlanChannel.NOTICE_BOARD, "niem yet|bang cong khai|bang thong bao|bang tin|noi tiep nhan");
    private static final Vocabulary<Area> AREAS = new Vocabulary<Area>()
            .add(Area.THE_CHE, "the che|van ban quy pham|quy pham phap luat")
            .add(Area.THU_TUC_HANH_CHINH, "thu tuc hanh chinh|tthc|mot cua|dich vu cong|buu chinh cong ich")
            .add(Area.TO_CHUC_BO_MAY, "to chuc bo may|bo may|tinh gian bien che|vi tri viec lam|sap xep to chuc")
            .add(Area.CHE_DO_CONG_VU, "cong vu|cong chuc|ky luat,? ky cuong|ky cuong hanh chinh|van hoa cong so")
            .add(Area.TAI_CHINH_CONG, "tai chinh|tu chu|tiet kiem|ngan sach|tai san cong")
            .add(
                    Area.CHINH_QUYEN_SO,
                    "chinh quyen dien tu|chinh quyen so|chinh phu dien tu|chinh phu so"
                            + "|chuyen doi so|cong nghe thong tin|cntt|nen tang so")
            .add(Area.CHI_DAO_DIEU_HANH, "chi dao,? dieu hanh")
            .add(Area.KET_QUA_CCHC, "ket qua (?:thuc hien )?(?:nhiem vu )?(?:cchc|cai cach hanh chinh)")
            .add(Area.DIEN_HINH, "dien hinh|guong|mo hinh hay|sang kien|bieu duong|nguoi tot")
            .add(Area.CHI_SO, "chi so|par index|sipas|papi|pci|ddci|dti|su hai long");

    private static final Vocabulary<Boolean> COMMUNICATING =
            new Vocabulary<Boolean>().add(true, "tuyen truyen|truyen thong|cong bo");
    private static final Vocabulary<Boolean> MANAGING =
            new Vocabulary<Boolean>().add(true, "kiem tra|giam sat|theo doi|don doc|xay dung ke hoach");

    private Guesses() {}

    /**
     * The kind.
     *
     * @param texts the task's words first, then its group row's, product's and form's
     * @param channels the channels named anywhere in the task
     */
    static TargetKind kind(List<String> texts, List<PlanChannel> channels) {
        for (String text : texts) {
            Optional<TargetKind> kind = PRIORITY_KINDS.first(text).or(() -> KINDS.first(text));
            if (kind.isPresent()) {
                return kind.get();
            }
        }
        boolean online = channels.stream().anyMatch(c -> c.online().isPresent() || c == PlanChannel.YOUTUBE);
        String task = texts.isEmpty() ? "" : texts.get(0);
        boolean communicates =
                !COMMUNICATING.all(task).isEmpty() && MANAGING.all(task).isEmpty();
        return online || communicates ? TargetKind.ARTICLE : TargetKind.OTHER;
    }

    /** Every channel named in any of {@code texts}, in {@link PlanChannel} order. */
    static List<PlanChannel> channels(List<String> texts) {
        Set<PlanChannel> channels = EnumSet.noneOf(PlanChannel.class);
        texts.forEach(text -> channels.addAll(CHANNELS.all(text)));
        return new ArrayList<>(channels);
    }

    /** The areas and topics named in {@code text}, in {@link Area} order. */
    static List<Area> areas(String text) {
        return AREAS.all(text);
    }
}
