package vn.cchc.publisher.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.plan.PlanChannel;
import vn.cchc.publisher.plan.TargetKind;
import vn.cchc.publisher.shared.Area;

class GuessesTests {

    @Test
    void findsChannelsByTheirWordsWithOrWithoutDiacritics() {
        assertThat(Guesses.channels(List.of("Đăng trên Trang thông tin điện tử, fanpage và Zalo của đơn vị")))
                .containsExactly(PlanChannel.WEBSITE, PlanChannel.FACEBOOK, PlanChannel.ZALO);
        assertThat(Guesses.channels(List.of("Phat song tren he thong loa, gui Bao va Dai Phat thanh - Truyen hinh")))
                .containsExactly(PlanChannel.PRESS, PlanChannel.LOUDSPEAKER);
        assertThat(Guesses.channels(List.of("Báo cáo kết quả về Sở Y tế"))).isEmpty();
    }

    @Test
    void aListingOrAReportWinsOtherwiseTheFirstProductNamed() {
        assertThat(Guesses.kind(
                        List.of("Cập nhật, công bố, công khai các TTHC lên Trang thông tin điện tử"), List.of()))
                .isEqualTo(TargetKind.TTHC_LISTING);
        assertThat(Guesses.kind(List.of("Có bài viết/video tuyên truyền về CCHC"), List.of()))
                .isEqualTo(TargetKind.ARTICLE);
        assertThat(Guesses.kind(List.of("Xây dựng video clip, bài viết về CCHC"), List.of()))
                .isEqualTo(TargetKind.VIDEO);
        assertThat(Guesses.kind(List.of("Tuyên truyền chủ trương", "", "Hội nghị, hội thảo"), List.of()))
                .isEqualTo(TargetKind.EVENT);
        assertThat(Guesses.kind(List.of("Phát hành bản tin CCHC"), List.of())).isEqualTo(TargetKind.NEWSLETTER);
        assertThat(Guesses.kind(List.of("Tham gia Cuộc thi trực tuyến"), List.of()))
                .isEqualTo(TargetKind.CONTEST);
        assertThat(Guesses.kind(List.of("Định kỳ 6 tháng, năm báo cáo kết quả"), List.of()))
                .isEqualTo(TargetKind.REPORT);
        assertThat(Guesses.kind(List.of("Sửa đổi, bãi bỏ văn bản"), List.of())).isEqualTo(TargetKind.OTHER);
        assertThat(Guesses.kind(List.of("Thường xuyên kiểm tra công tác tuyên truyền"), List.of()))
                .isEqualTo(TargetKind.OTHER);
    }

    @Test
    void findsTheReformAreasAndTopics() {
        assertThat(Guesses.areas("Về nội dung Cải cách tổ chức bộ máy nhà nước, Cải cách chế độ công vụ"))
                .containsExactly(Area.TO_CHUC_BO_MAY, Area.CHE_DO_CONG_VU);
        assertThat(Guesses.areas("Ve Xay dung va phat trien Chinh quyen dien tu, Chinh quyen so"))
                .containsExactly(Area.CHINH_QUYEN_SO);
        assertThat(Guesses.areas("Về nội dung công tác chỉ đạo, điều hành; về cải cách thủ tục hành chính"))
                .containsExactly(Area.THU_TUC_HANH_CHINH, Area.CHI_DAO_DIEU_HANH);
        assertThat(Guesses.areas("Cải cách thể chế; tài chính công"))
                .containsExactly(Area.THE_CHE, Area.TAI_CHINH_CONG);
    }
}
