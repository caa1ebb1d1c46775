package vn.cchc.publisher.content.tthc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.TthcProcedure.OnlineService;

/** Records used by the TTHC tests. */
final class TthcFixtures {

    private TthcFixtures() {}

    /** A complete record; line 1 is the code, line 2 the name, line 3 the field. */
    static String yaml(String code, String name, String field) {
        return """
                code: %s
                name: %s
                field: %s
                level: Cấp huyện
                agency: Trung tâm Y tế huyện
                steps:
                  - Nộp hồ sơ tại Bộ phận một cửa
                  - Nhận kết quả
                ways:
                  - Trực tiếp
                documents:
                  - Đơn đề nghị
                processing_time: 05 ngày làm việc
                fees: Không
                applicants: Cá nhân
                result: Giấy chứng nhận
                legal_basis:
                  - Luật Khám bệnh, chữa bệnh
                online: mot-phan
                """.formatted(code, name, field);
    }

    static Path write(Path contentDir, String name, String text) throws IOException {
        Path dir = Files.createDirectories(contentDir.resolve("tthc"));
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static TthcProcedure procedure(String code, String name, String field) {
        return new TthcProcedure(
                "tthc/" + code + ".yaml",
                code,
                name,
                field,
                "Cấp huyện",
                "Trung tâm Y tế huyện",
                List.of("Nộp hồ sơ", "Nhận kết quả"),
                List.of("Trực tiếp", "Trực tuyến"),
                List.of("Đơn đề nghị"),
                "05 ngày làm việc",
                "Không",
                "Cá nhân",
                "Giấy chứng nhận",
                List.of("Luật Khám bệnh, chữa bệnh"),
                OnlineService.PARTIAL,
                null);
    }
}
