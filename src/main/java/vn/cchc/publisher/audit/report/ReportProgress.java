package vn.cchc.publisher.audit.report;

/** Told how far a report has got, so that a department's report of many units can show its progress. */
public interface ReportProgress {

    /** Reports nothing. */
    ReportProgress NONE = new ReportProgress() {
        @Override
        public void units(int total) {}

        @Override
        public void unitDone(String unit) {}
    };

    /** The number of units the report covers, told once before the first unit. */
    void units(int total);

    /** One unit's part is done. */
    void unitDone(String unit);
}
