package vn.cchc.publisher.publishing;

/**
 * What the monthly automatic publication did.
 *
 * @param queued publications queued for the month's slots
 * @param published of those, published at once (no approval needed, or pre-approved)
 * @param awaitingApproval of those, waiting for the approver
 * @param gaps slots with nothing ready, recorded as gaps
 */
public record MonthlyResult(int queued, int published, int awaitingApproval, int gaps) {}
