package vn.cchc.publisher.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One administrative procedure (TTHC) of the unit's catalogue, one YAML file of {@code content/tthc/}.
 *
 * @param file the file, relative to the content directory
 * @param code the national code (mã thủ tục), e.g. {@code 1.001234}
 * @param name the name
 * @param field the field (lĩnh vực) the listing groups by
 * @param level the level that carries it out (cấp thực hiện)
 * @param agency the agency that carries it out
 * @param steps the steps (trình tự thực hiện)
 * @param ways the ways to file (cách thức thực hiện)
 * @param documents the required documents (thành phần hồ sơ)
 * @param processingTime the processing time (thời hạn giải quyết)
 * @param fees the fees (phí, lệ phí)
 * @param applicants who may file (đối tượng thực hiện)
 * @param result the result (kết quả thực hiện)
 * @param legalBasis the legal basis (căn cứ pháp lý)
 * @param online the level of online public service
 * @param portalUrl the procedure's page on the national public-service portal; null if not given
 */
public record TthcProcedure(
        String file,
        String code,
        String name,
        String field,
        String level,
        String agency,
        List<String> steps,
        List<String> ways,
        List<String> documents,
        String processingTime,
        String fees,
        String applicants,
        String result,
        List<String> legalBasis,
        OnlineService online,
        @Nullable String portalUrl) {

    public TthcProcedure {
        steps = List.copyOf(steps);
        ways = List.copyOf(ways);
        documents = List.copyOf(documents);
        legalBasis = List.copyOf(legalBasis);
    }

    /** Whether the procedure can be done as an online public service. */
    public enum OnlineService {
        /** Toàn trình: entirely online. */
        FULL("toan-trinh", "Dịch vụ công trực tuyến toàn trình"),
        /** Một phần: partly online. */
        PARTIAL("mot-phan", "Dịch vụ công trực tuyến một phần"),
        /** Not online. */
        NONE("khong", "Không");

        private final String id;
        private final String title;

        OnlineService(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public String id() {
            return id;
        }

        public String title() {
            return title;
        }
    }
}
