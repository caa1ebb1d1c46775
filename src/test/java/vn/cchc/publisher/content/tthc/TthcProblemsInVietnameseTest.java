package vn.cchc.publisher.content.tthc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.content.VietnameseReasons.assertAllVietnamese;
import static vn.cchc.publisher.content.tthc.TthcFixtures.write;
import static vn.cchc.publisher.content.tthc.TthcFixtures.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.publisher.content.ContentProblem;

/** Every kind of problem a TTHC record can have is told to the officer in Vietnamese. */
class TthcProblemsInVietnameseTest {

    @TempDir
    Path content;

    @Test
    void everyProblemOfEveryKindOfBadRecordHasAVietnameseReason() throws IOException {
        String good = yaml("1.000001", "Thủ tục", "Y tế");
        write(content, "01-yaml.yaml", "code: 1.000002\nname: \"không đóng\n");
        write(content, "02-empty.yaml", "");
        write(content, "03-list.yaml", "- a\n- b\n");
        write(content, "04-key.yaml", good.replace("code: 1.000001", "code: 1.000004") + "[a]: b\n");
        write(content, "05-unknown.yaml", good.replace("code: 1.000001", "code: 1.000005") + "ghi_chu: x\n");
        write(content, "06-twice.yaml", good.replace("code: 1.000001", "code: 1.000006") + "fees: 1\n");
        write(content, "07-code.yaml", good.replace("code: 1.000001", "code: 1.00123"));
        write(
                content,
                "08-online.yaml",
                good.replace("code: 1.000001", "code: 1.000008").replace("mot-phan", "muc-do-4"));
        write(
                content,
                "09-portal.yaml",
                good.replace("code: 1.000001", "code: 1.000009") + "portal_url: dichvucong.gov.vn\n");
        write(
                content,
                "10-empty-value.yaml",
                good.replace("code: 1.000001", "code: 1.000010").replace("fees: Không", "fees:"));
        write(
                content,
                "11-not-one.yaml",
                good.replace("code: 1.000001", "code: 1.000011").replace("fees: Không", "fees: [a, b]"));
        write(
                content,
                "12-lists.yaml",
                good.replace("code: 1.000001", "code: 1.000012")
                        .replace("ways:\n  - Trực tiếp", "ways:")
                        .replace("documents:\n  - Đơn đề nghị", "documents: {a: b}")
                        .replace("legal_basis:\n  - Luật Khám bệnh, chữa bệnh", "legal_basis:\n  - \n  - [a]")
                        .replace("steps:", "steps: []\nsteps_old:"));
        write(content, "13-missing.yaml", "code: 1.000013\n");
        write(content, "14-first.yaml", good);
        write(content, "15-same-code.yaml", good);
        Files.write(content.resolve("tthc/16-latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xF2});

        List<ContentProblem> problems = new YamlTthcSource().read(content).problems();

        assertThat(problems)
                .extracting(ContentProblem::file)
                .contains(List.of(
                                "01-yaml",
                                "02-empty",
                                "03-list",
                                "04-key",
                                "05-unknown",
                                "06-twice",
                                "07-code",
                                "08-online",
                                "09-portal",
                                "10-empty-value",
                                "11-not-one",
                                "12-lists",
                                "13-missing",
                                "15-same-code")
                        .stream()
                        .map(name -> "tthc/" + name + ".yaml")
                        .toArray(String[]::new))
                .contains("tthc/16-latin1.yaml");
        assertThat(problems)
                .extracting(ContentProblem::toVietnamese)
                .contains("tthc/15-same-code.yaml:1: code: mã 1.000001 đã dùng ở tthc/14-first.yaml:1; mỗi thủ tục"
                        + " có một mã riêng");
        assertAllVietnamese(problems);
    }
}
