package vn.cchc.publisher.audit.report;

import java.util.Locale;

/** The forms a report can be written in. */
public enum ReportFormat {
    /** Markdown, to paste into a text report. */
    MD("md", "text/markdown;charset=UTF-8"),
    /** CSV in UTF-8 with a byte-order mark, so Excel opens it with its diacritics. */
    CSV("csv", "text/csv;charset=UTF-8"),
    /** An Excel workbook. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** A Word document, the form units paste into their CCHC report. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** A page printable on A4. */
    HTML("html", "text/html;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension without a dot, also the name used on the command line and in the API. */
    public String extension() {
        return extension;
    }

    /** The HTTP content type. */
    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code name} (case-insensitive); throws naming the accepted ones when there is none. */
    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.extension.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "unknown report format \"" + name + "\"; expected one of md, csv, xlsx, docx, html");
    }
}
