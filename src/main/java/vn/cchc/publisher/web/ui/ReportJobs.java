package vn.cchc.publisher.web.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.NullMarked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.cchc.publisher.audit.report.ReportFormat;
import vn.cchc.publisher.audit.report.ReportPeriod;
import vn.cchc.publisher.audit.report.ReportProgress;
import vn.cchc.publisher.audit.report.Reports;
import vn.cchc.publisher.shared.ProgressTracker;

/**
 * Whole-department reports written in the background: at most two at a time and four waiting, each tracked by
 * the {@link ProgressTracker}; the finished file is kept 30 minutes (at most 256 MiB of files in all) for the
 * progress page to offer.
 */
@Component
@NullMarked
class ReportJobs implements DisposableBean {

    static final String KIND = "report";
    static final Duration KEEP = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

    /** A finished report. */
    record ReportFile(String name, String mediaType, byte[] bytes) {}

    private final ProgressTracker tracker;
    private final Cache<String, ReportFile> files = Caffeine.newBuilder()
            .expireAfterWrite(KEEP)
            .maximumWeight(256L * 1024 * 1024)
            .<String, ReportFile>weigher((id, file) -> file.bytes().length)
            .build();
    private final ThreadPoolExecutor executor;

    ReportJobs(ProgressTracker tracker) {
        this.tracker = tracker;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(4), task -> {
            Thread thread = new Thread(task, "report-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts writing the report of every unit.
     *
     * @return the task's id, to follow at {@code /tasks/{id}}; empty when too many reports are already waiting
     */
    Optional<String> start(Reports reports, ReportPeriod period, ReportFormat format) {
        ProgressTracker.Task task = tracker.start(KIND, "Báo cáo " + period.label() + " – toàn Sở", 0);
        try {
            executor.execute(() -> run(reports, period, format, task));
            return Optional.of(task.id());
        } catch (RejectedExecutionException e) {
            task.fail("Đang có quá nhiều báo cáo chờ, hãy thử lại sau ít phút.");
            return Optional.empty();
        }
    }

    /** The finished report of task {@code id}, while it is kept. */
    Optional<ReportFile> file(String id) {
        return Optional.ofNullable(files.getIfPresent(id));
    }

    private void run(Reports reports, ReportPeriod period, ReportFormat format, ProgressTracker.Task task) {
        try {
            byte[] bytes = reports.export(period, null, format, new ReportProgress() {
                @Override
                public void units(int total) {
                    task.total(total);
                }

                @Override
                public void unitDone(String unit) {
                    task.advance(1);
                }
            });
            files.put(task.id(), new ReportFile(reports.fileName(period, null, format), format.mediaType(), bytes));
            task.finish("/reports/files/" + task.id());
        } catch (RuntimeException e) {
            log.warn("department report {} {} failed", period.code(), format.extension(), e);
            task.fail("Không lập được báo cáo; chi tiết lỗi có trong nhật ký của dịch vụ.");
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
