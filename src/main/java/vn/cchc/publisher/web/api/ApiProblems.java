package vn.cchc.publisher.web.api;

import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.cchc.publisher.publishing.PublishingException;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}) with a Vietnamese
 * {@code title} and {@code detail}, and {@code field} naming the request field where there is one. No stack
 * trace and no internal message reaches the caller: an unexpected error is logged and answered with a
 * generic 500.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String INVALID = "Yêu cầu không hợp lệ";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return problem(e.status(), e.title(), e.getMessage(), e.field());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> publishing(PublishingException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e.getMessage(), null);
            case FORBIDDEN -> problem(HttpStatus.FORBIDDEN, "Không được phép", e.getMessage(), null);
            case INVALID -> problem(HttpStatus.BAD_REQUEST, INVALID, e.getMessage(), null);
            case CONFLICT -> problem(HttpStatus.CONFLICT, "Không thực hiện được", e.getMessage(), null);
        };
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(
                HttpStatus.BAD_REQUEST, INVALID, "Thiếu tham số «" + e.getParameterName() + "».", e.getParameterName());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                INVALID,
                "Thiếu phần «" + e.getRequestPartName() + "».",
                e.getRequestPartName());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                INVALID,
                "Giá trị «" + shorten(String.valueOf(e.getValue())) + "» của tham số «" + e.getName()
                        + "» không hợp lệ.",
                e.getName());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                INVALID,
                "Nội dung yêu cầu không đọc được: cần JSON đúng dạng (xem /api/openapi).",
                null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> binding(BindException e) {
        String fields = e.getFieldErrors().stream()
                .map(error -> error.getField())
                .distinct()
                .collect(Collectors.joining(", "));
        return problem(
                HttpStatus.BAD_REQUEST,
                INVALID,
                "Giá trị không hợp lệ ở: " + fields + ".",
                fields.isEmpty() ? null : fields);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> validation(HandlerMethodValidationException e) {
        String fields = e.getParameterValidationResults().stream()
                .map(result -> result.getMethodParameter().getParameterName())
                .distinct()
                .collect(Collectors.joining(", "));
        return problem(HttpStatus.BAD_REQUEST, INVALID, "Giá trị không hợp lệ ở: " + fields + ".", fields);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "Tệp quá lớn",
                "Tệp đính kèm hoặc yêu cầu quá lớn (tệp đính kèm tối đa "
                        + ActivitiesApi.MAX_ATTACHMENT_BYTES / (1024 * 1024) + " MiB).",
                "file");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, INVALID, "Nội dung multipart/form-data không đọc được.", null);
    }

    /** Domain validation (e.g. of an offline activity): the message names the field. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, INVALID, "Dữ liệu không hợp lệ: " + shorten(e.getMessage()), null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in the REST API", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Lỗi máy chủ",
                "Không xử lý được yêu cầu do lỗi bên trong dịch vụ; chi tiết đã được ghi vào nhật ký.",
                null);
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, @Nullable String detail, @Nullable String field) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
        body.setTitle(title);
        if (field != null) {
            body.setProperty("field", field);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /** One line of at most 300 characters. */
    private static String shorten(@Nullable String text) {
        String line = text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
