package vn.cchc.publisher.content.tthc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.content.tthc.TthcFixtures.write;
import static vn.cchc.publisher.content.tthc.TthcFixtures.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.TthcProcedure.OnlineService;
import vn.cchc.publisher.content.internal.TthcSource.Result;

class YamlTthcSourceTest {

    @TempDir
    Path content;

    private final YamlTthcSource source = new YamlTthcSource();

    @Test
    void readsEveryFieldOfAValidRecord() throws IOException {
        write(content, "kham-suc-khoe.yaml", """
                # VÍ DỤ
                code: 1.001230
                name: Khám sức khỏe định kỳ
                field: Khám bệnh, chữa bệnh
                level: Cấp huyện
                agency: Trung tâm Y tế huyện
                steps:
                  - Nộp hồ sơ
                  - >-
                    Nhận kết quả
                    tại Bộ phận một cửa
                ways: [Trực tiếp, Trực tuyến]
                documents:
                  - Đơn đề nghị
                processing_time: 05 ngày làm việc
                fees: 100.000 đồng/hồ sơ
                applicants: Cá nhân
                result: Giấy khám sức khỏe
                legal_basis:
                  - Thông tư 32/2023/TT-BYT
                online: toan-trinh
                portal_url: https://dichvucong.gov.vn/p/home/x.html?ma=1
                note: Ví dụ minh họa
                """);

        Result result = source.read(content);

        assertThat(result.problems()).isEmpty();
        assertThat(result.procedures()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("tthc/kham-suc-khoe.yaml");
            assertThat(p.code()).as("unquoted code keeps its trailing zero").isEqualTo("1.001230");
            assertThat(p.name()).isEqualTo("Khám sức khỏe định kỳ");
            assertThat(p.field()).isEqualTo("Khám bệnh, chữa bệnh");
            assertThat(p.level()).isEqualTo("Cấp huyện");
            assertThat(p.agency()).isEqualTo("Trung tâm Y tế huyện");
            assertThat(p.steps()).containsExactly("Nộp hồ sơ", "Nhận kết quả tại Bộ phận một cửa");
            assertThat(p.ways()).containsExactly("Trực tiếp", "Trực tuyến");
            assertThat(p.documents()).containsExactly("Đơn đề nghị");
            assertThat(p.processingTime()).isEqualTo("05 ngày làm việc");
            assertThat(p.fees()).isEqualTo("100.000 đồng/hồ sơ");
            assertThat(p.applicants()).isEqualTo("Cá nhân");
            assertThat(p.result()).isEqualTo("Giấy khám sức khỏe");
            assertThat(p.legalBasis()).containsExactly("Thông tư 32/2023/TT-BYT");
            assertThat(p.online()).isEqualTo(OnlineService.FULL);
            assertThat(p.portalUrl()).isEqualTo("https://dichvucong.gov.vn/p/home/x.html?ma=1");
        });
    }

    @Test
    void normalisesDecomposedTextToNfc() throws IOException {
        String decomposed = Normalizer.normalize("Khám sức khỏe", Normalizer.Form.NFD);
        write(content, "a.yaml", yaml("1.000001", decomposed, "Khám bệnh"));

        assertThat(source.read(content).procedures().get(0).name()).isEqualTo("Khám sức khỏe");
    }

    @Test
    void acceptsTheOnlineLevelWrittenInVietnamese() throws IOException {
        write(content, "a.yaml", yaml("1.000001", "A", "F").replace("online: mot-phan", "online: Toàn trình"));

        assertThat(source.read(content).procedures().get(0).online()).isEqualTo(OnlineService.FULL);
    }

    @Test
    void reportsEachMissingFieldOnTheLineTheRecordStartsAndSkipsIt() throws IOException {
        String text = "# example\n\n"
                + yaml("1.000001", "A", "F").replace("fees: Không\n", "").replace("ways:\n  - Trực tiếp\n", "");
        write(content, "a.yaml", text);

        Result result = source.read(content);

        assertThat(result.procedures()).isEmpty();
        assertThat(result.problems())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "tthc/a.yaml:3: ways: missing; every procedure needs it",
                        "tthc/a.yaml:3: fees: missing; every procedure needs it");
    }

    @Test
    void reportsAMalformedCodeWithItsLine() throws IOException {
        write(content, "a.yaml", "\n" + yaml("1.00123", "A", "F"));

        assertThat(source.read(content).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("code");
            assertThat(p.reason()).contains("'1.00123'", "a digit, a dot, six digits");
        });
    }

    @Test
    void reportsAnUnknownOnlineLevelWithItsLine() throws IOException {
        write(content, "a.yaml", yaml("1.000001", "A", "F").replace("online: mot-phan", "online: muc-do-4"));

        Result result = source.read(content);

        assertThat(result.procedures()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.field()).isEqualTo("online");
            assertThat(p.reason()).contains("muc-do-4", "toan-trinh", "mot-phan", "khong");
        });
    }

    @Test
    void reportsAnUnknownKeyWithItsLine() throws IOException {
        write(content, "a.yaml", yaml("1.000001", "A", "F") + "dia_chi: Số 1\n");

        assertThat(source.read(content).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(20);
            assertThat(p.field()).isEqualTo("dia_chi");
            assertThat(p.reason()).startsWith("unknown field");
        });
    }

    @Test
    void reportsAFieldGivenTwice() throws IOException {
        write(content, "a.yaml", yaml("1.000001", "A", "F") + "name: B\n");

        assertThat(source.read(content).problems())
                .extracting(Object::toString)
                .containsExactly("tthc/a.yaml:20: name: given twice (first on line 2); keep one");
    }

    @Test
    void reportsAFileThatIsNotUtf8OnTheLineOfTheFirstBadByte() throws IOException {
        byte[] latin1 =
                "code: 1.000001\nname: Kham suc khoe\nfield: Kh\u00F4ng\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.createDirectories(content.resolve("tthc"));
        Files.write(content.resolve("tthc/a.yaml"), latin1);

        assertThat(source.read(content).problems())
                .extracting(Object::toString)
                .containsExactly("tthc/a.yaml:3: file: not UTF-8; save the file with UTF-8 encoding");
    }

    @Test
    void readsAFileWithAByteOrderMark() throws IOException {
        write(content, "a.yaml", "\uFEFF" + yaml("1.000001", "A", "F"));

        assertThat(source.read(content).problems()).isEmpty();
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws IOException {
        write(content, "a.yaml", "code: 1.000001\nname: [unclosed\nfield: F\n");

        assertThat(source.read(content).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.reason()).startsWith("not valid YAML");
            assertThat(p.line()).isBetween(2, 4);
        });
    }

    @Test
    void reportsValuesOfTheWrongShape() throws IOException {
        write(
                content,
                "a.yaml",
                yaml("1.000001", "A", "F")
                        .replace("fees: Không", "fees:\n  - Không")
                        .replace("documents:\n  - Đơn đề nghị", "documents:\n  -\n  - Đơn")
                        .replace("applicants: Cá nhân", "applicants:"));

        assertThat(source.read(content).problems())
                .extracting(Object::toString)
                .containsExactly(
                        "tthc/a.yaml:12: documents: item 1 is empty; each item is one line of text",
                        "tthc/a.yaml:15: fees: expected one value, found a list",
                        "tthc/a.yaml:17: applicants: is empty; give a value");
    }

    @Test
    void reportsAPortalUrlThatIsNotAnAddress() throws IOException {
        write(content, "a.yaml", yaml("1.000001", "A", "F") + "portal_url: dichvucong.gov.vn\n");

        assertThat(source.read(content).problems())
                .extracting(Object::toString)
                .containsExactly("tthc/a.yaml:20: portal_url: 'dichvucong.gov.vn' is not an http(s) address");
    }

    @Test
    void reportsAFileThatIsNotAMapping() throws IOException {
        write(content, "a.yaml", "- code: 1.000001\n");
        write(content, "b.yaml", "");

        assertThat(source.read(content).problems())
                .extracting(p -> p.file() + ":" + p.line() + ": " + p.field())
                .containsExactly("tthc/a.yaml:1: file", "tthc/b.yaml:1: file");
    }

    @Test
    void reportsADuplicateCodeNamingTheOtherFileAndKeepsTheFirst() throws IOException {
        write(content, "a.yaml", yaml("1.000001", "Thủ tục A", "F"));
        write(content, "b.yaml", "# comment\n" + yaml("1.000001", "Thủ tục B", "F"));

        Result result = source.read(content);

        assertThat(result.procedures()).extracting(TthcProcedure::name).containsExactly("Thủ tục A");
        assertThat(result.problems())
                .extracting(Object::toString)
                .containsExactly("tthc/b.yaml:2: code: code 1.000001 is already used by tthc/a.yaml:1;"
                        + " each procedure has its own code");
    }

    @Test
    void keepsTheValidRecordsSortedByFieldThenCode() throws IOException {
        write(content, "1.yaml", yaml("1.000003", "C", "Dược"));
        write(content, "2.yaml", yaml("1.000002", "B", "Đào tạo"));
        write(content, "3.yaml", yaml("2.000001", "A", "Dược"));
        write(content, "4.yaml", yaml("1.000004", "D", "An toàn thực phẩm"));
        write(content, "5.yaml", yaml("bad", "E", "Dược"));
        write(content, "README.md", "# not a record\n");

        Result result = source.read(content);

        assertThat(result.procedures())
                .extracting(TthcProcedure::code)
                .containsExactly("1.000004", "1.000003", "2.000001", "1.000002");
        assertThat(result.problems()).extracting(p -> p.file()).containsExactly("tthc/5.yaml");
    }

    @Test
    void readsNothingWhenThereIsNoCatalogue() {
        Result result = source.read(content);

        assertThat(result.procedures()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }
}
