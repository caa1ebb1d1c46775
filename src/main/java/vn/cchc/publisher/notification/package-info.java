/**
 * Notifications: notices for the approver and the officer (something waits for approval, a publication
 * needs attention, a calendar slot is about to become a gap, a channel token is about to expire), kept in
 * the application and e-mailed when SMTP is configured.
 */
@NullMarked
package vn.cchc.publisher.notification;

import org.jspecify.annotations.NullMarked;
