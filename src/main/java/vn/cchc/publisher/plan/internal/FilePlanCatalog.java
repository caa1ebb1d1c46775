package vn.cchc.publisher.plan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.plan.Plan;
import vn.cchc.publisher.plan.PlanCatalog;
import vn.cchc.publisher.plan.PlanProblem;
import vn.cchc.publisher.plan.PlanProperties;
import vn.cchc.publisher.plan.PlanSnapshot;

/** The plan catalogue over the files of the plan directory. */
@Component
class FilePlanCatalog implements PlanCatalog {

    private final PlanProperties properties;

    FilePlanCatalog(PlanProperties properties) {
        this.properties = properties;
    }

    @Override
    public PlanSnapshot load() {
        List<Plan> plans = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        Map<String, String> fileOfKey = new HashMap<>();
        for (Path file : files()) {
            PlanSnapshot one = read(file);
            problems.addAll(one.problems());
            for (Plan plan : one.plans()) {
                String earlier = fileOfKey.putIfAbsent(plan.key(), plan.file());
                if (earlier == null) {
                    plans.add(plan);
                } else {
                    problems.add(new PlanProblem(
                            plan.file(),
                            1,
                            "unit",
                            "another file, " + earlier
                                    + ", already holds the " + plan.year() + " plan of "
                                    + plan.unit().name()
                                    + "; this one is ignored"));
                }
            }
        }
        return new PlanSnapshot(plans, problems);
    }

    @Override
    public PlanSnapshot read(Path file) {
        String name = file.toString().replace('\\', '/');
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return parse(name, text);
        } catch (CharacterCodingException e) {
            return failed(name, "is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            return failed(name, "cannot be read: " + e.getMessage());
        }
    }

    @Override
    public PlanSnapshot parse(String fileName, String yaml) {
        return PlanFileReader.read(fileName, yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml);
    }

    private List<Path> files() {
        Path dir = properties.dir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, properties.files())) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plan directory " + dir, e);
        }
        files.sort(null);
        return files;
    }

    private static PlanSnapshot failed(String file, String reason) {
        return new PlanSnapshot(List.of(), List.of(new PlanProblem(file, 1, "file", reason)));
    }
}
