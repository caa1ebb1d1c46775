/**
 * How notices are made, stored, e-mailed and scheduled: the event listener, the daily check of gaps and
 * tokens (a Quartz job), the table and the mailer. Private to the notification module.
 */
@NullMarked
package vn.cchc.publisher.notification.internal;

import org.jspecify.annotations.NullMarked;
