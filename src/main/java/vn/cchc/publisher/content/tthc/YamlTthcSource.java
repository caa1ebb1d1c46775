package vn.cchc.publisher.content.tthc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.content.ContentProblem;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.internal.StrictUtf8;
import vn.cchc.publisher.content.internal.TthcSource;

/**
 * The TTHC catalogue as one YAML file per procedure ({@code content/tthc/*.yaml} or {@code *.yml}; other
 * files such as the folder's README are ignored). Files are read in name order; when two files give the
 * same code, the later one is reported and left out.
 */
@Component
class YamlTthcSource implements TthcSource {

    static final String DIR = "tthc";

    private static final Logger log = LoggerFactory.getLogger(YamlTthcSource.class);

    @Override
    public Result read(Path contentDir) {
        Path dir = contentDir.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            log.debug("No TTHC catalogue: {} is not a directory", dir);
            return new Result(List.of(), List.of());
        }
        List<ContentProblem> problems = new ArrayList<>();
        List<TthcProcedure> procedures = new ArrayList<>();
        Map<String, String> firstByCode = new HashMap<>();
        for (Path path : yamlFiles(dir, problems)) {
            String file = DIR + "/" + path.getFileName();
            TthcRecordReader.Outcome outcome = readFile(path, file, problems);
            String code = outcome.code();
            if (code != null) {
                String first = firstByCode.putIfAbsent(code, file + ":" + outcome.codeLine());
                if (first != null) {
                    problems.add(new ContentProblem(
                            file,
                            outcome.codeLine(),
                            "code",
                            "code " + code + " is already used by " + first + "; each procedure has its own code",
                            "mã " + code + " đã dùng ở " + first + "; mỗi thủ tục có một mã riêng"));
                    continue;
                }
            }
            if (outcome.procedure() != null) {
                procedures.add(outcome.procedure());
            }
        }
        procedures.sort(TthcOrder.catalogue());
        problems.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
        log.debug("Read {} TTHC procedures from {}, {} problems", procedures.size(), dir, problems.size());
        return new Result(procedures, problems);
    }

    private static List<Path> yamlFiles(Path dir, List<ContentProblem> problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(YamlTthcSource::isRecordFile).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(
                    DIR,
                    1,
                    "file",
                    "cannot list the folder: " + e.getMessage(),
                    "không đọc được danh sách tệp trong thư mục (lỗi hệ thống: " + e.getMessage() + ")"));
            return List.of();
        }
    }

    private static boolean isRecordFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(path);
    }

    private static TthcRecordReader.Outcome readFile(Path path, String file, List<ContentProblem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(new ContentProblem(
                    file,
                    1,
                    "file",
                    "cannot be read: " + e.getMessage(),
                    "không đọc được tệp (lỗi hệ thống: " + e.getMessage() + ")"));
            return new TthcRecordReader.Outcome(null, 1, null);
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (decoded.text() == null) {
            problems.add(new ContentProblem(
                    file,
                    decoded.badLine(),
                    "file",
                    "not UTF-8; save the file with UTF-8 encoding",
                    decoded.reasonVi()));
            return new TthcRecordReader.Outcome(null, 1, null);
        }
        return TthcRecordReader.read(file, decoded.text(), problems);
    }
}
