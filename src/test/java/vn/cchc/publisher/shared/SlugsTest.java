package vn.cchc.publisher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected values are those WordPress's {@code sanitize_title} gives for the same title. */
class SlugsTest {

    static Stream<Arguments> titles() {
        return Stream.of(
                arguments("Cải cách thủ tục hành chính", "cai-cach-thu-tuc-hanh-chinh"),
                arguments("Đẩy mạnh chuyển đổi số trong y tế", "day-manh-chuyen-doi-so-trong-y-te"),
                arguments("ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH NĂM 2026", "day-manh-cai-cach-hanh-chinh-nam-2026"),
                arguments("ĐIỀU CHỈNH QUY TRÌNH", "dieu-chinh-quy-trinh"),
                arguments("Mà má mả mã mạ", "ma-ma-ma-ma-ma"),
                arguments("ỳ ý ỷ ỹ ỵ", "y-y-y-y-y"),
                arguments("Người dân được phục vụ tốt hơn", "nguoi-dan-duoc-phuc-vu-tot-hon"),
                arguments("ƠN ƯU TIÊN", "on-uu-tien"),
                arguments(
                        "Ứng dụng VNeID: hướng dẫn đăng ký tài khoản định danh điện tử mức 2",
                        "ung-dung-vneid-huong-dan-dang-ky-tai-khoan-dinh-danh-dien-tu-muc-2"),
                arguments("Tiếp nhận ý kiến phản ánh, kiến nghị", "tiep-nhan-y-kien-phan-anh-kien-nghi"),
                arguments("Hỏi – đáp về dịch vụ công trực tuyến", "hoi-dap-ve-dich-vu-cong-truc-tuyen"),
                arguments("Sở Y tế—Kết quả CCHC quý I/2026", "so-y-te-ket-qua-cchc-quy-i-2026"),
                arguments("“Một cửa” hiện đại tại Trung tâm Y tế", "mot-cua-hien-dai-tai-trung-tam-y-te"),
                arguments("Chuyển đổi số… bắt đầu từ đâu?", "chuyen-doi-so-bat-dau-tu-dau"),
                arguments("Tỷ lệ hồ sơ trực tuyến đạt 100%", "ty-le-ho-so-truc-tuyen-dat-100"),
                arguments("Nghị định 61/2018/NĐ-CP", "nghi-dinh-61-2018-nd-cp"),
                arguments("Chỉ số PAR INDEX 2024 đạt 85.5 điểm", "chi-so-par-index-2024-dat-85-5-diem"),
                arguments("Chỉ số SIPAS: 85,5%", "chi-so-sipas-855"),
                arguments("Y tế &amp; cộng đồng", "y-te-cong-dong"),
                arguments("Y tế & cộng đồng", "y-te-cong-dong"),
                arguments("<strong>Thông báo</strong> lịch tiếp công dân", "thong-bao-lich-tiep-cong-dan"),
                arguments("Mẫu_đơn đề nghị", "mau_don-de-nghi"),
                arguments("  Họp   giao ban\tCCHC  ", "hop-giao-bancchc"),
                arguments("Dịch\u00A0vụ công", "dich-vu-cong"),
                arguments("Chính\u200Bquyền số", "chinhquyen-so"),
                arguments("Thông tư \"mới\" về 'một cửa'", "thong-tu-moi-ve-mot-cua"),
                arguments("Lịch công tác (tuần 12) [cập nhật]", "lich-cong-tac-tuan-12-cap-nhat"),
                arguments("Bạn đã cài VssID chưa?!", "ban-da-cai-vssid-chua"),
                arguments("Thông báo: nghỉ Tết; trực cấp cứu", "thong-bao-nghi-tet-truc-cap-cuu"),
                arguments("Ngày 15/9/2025", "ngay-15-9-2025"),
                arguments("Ảnh 16×9", "anh-16x9"),
                arguments("#CCHC @TTYT Phù Cát", "cchc-ttyt-phu-cat"),
                arguments("Bản quyền © Sở Y tế™", "ban-quyen-so-y-te"),
                arguments("Tết Nguyên Đán’26", "tet-nguyen-dan26"),
                arguments("Chào mừng ngày Thầy thuốc Việt Nam 🎉", "chao-mung-ngay-thay-thuoc-viet-nam-%f0%9f%8e%89"),
                arguments("COVID‐19", "covid%e2%80%9019"),
                arguments("Straße", "strase"),
                arguments("!!! ???", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("titles")
    void makesTheSlugWordPressMakes(String title, String expected) {
        assertThat(Slugs.of(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("titles")
    void givesTheSameSlugForDecomposedInput(String title, String expected) {
        assertThat(Slugs.of(Normalizer.normalize(title, Normalizer.Form.NFD))).isEqualTo(expected);
    }

    @Test
    void mapsDecomposedVietnameseLettersLikeComposedOnes() {
        String decomposed = Normalizer.normalize("Đường dây nóng của Sở Y tế", Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo("Đường dây nóng của Sở Y tế");
        assertThat(Slugs.of(decomposed)).isEqualTo("duong-day-nong-cua-so-y-te");
    }

    @Test
    void cutsTheTitleAtTwoHundredCharactersLikeWordPress() {
        String slug = Slugs.of("Cải cách ".repeat(30));

        assertThat(slug).isEqualTo("cai-cach-".repeat(22) + "ca");
    }

    @Test
    void isAFixedPointSoAFrontMatterSlugCanBeCheckedAgainstIt() {
        titles().map(args -> (String) args.get()[1])
                .forEach(slug -> assertThat(Slugs.of(slug)).isEqualTo(slug));
    }
}
