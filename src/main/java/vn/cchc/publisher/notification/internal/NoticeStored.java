package vn.cchc.publisher.notification.internal;

/** A new notice was stored; it is e-mailed once the transaction that stored it commits. */
record NoticeStored(long id) {}
