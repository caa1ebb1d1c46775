package vn.cchc.publisher.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Conferences, lobby TV clips, posters and contests the officer records, so that a report covers the whole
 * plan and not only what was posted online. Each one is also a row of the audit ledger.
 */
public interface OfflineActivities {

    /** The largest attachment, in bytes: 20 MiB. */
    long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    /** The longest description, in characters. */
    int MAX_DESCRIPTION = 2000;

    /**
     * Records an activity: keeps the attachment (a copy named by its SHA-256), adds the row and its ledger
     * row in one transaction.
     *
     * @throws IllegalArgumentException naming the field, when a field is blank or too long, the date is in
     *     the future, or the attachment is missing or too large
     */
    OfflineActivity record(NewOfflineActivity activity);

    /** The unit's activities that took place from {@code from} to {@code to} inclusive, oldest first. */
    List<OfflineActivity> list(String unit, LocalDate from, LocalDate to);

    /** The activity numbered {@code id}, if there is one. */
    Optional<OfflineActivity> find(long id);

    /** The stored file of the activity's attachment, if it has one and the file is still there. */
    Optional<Path> attachmentFile(OfflineActivity activity);
}
