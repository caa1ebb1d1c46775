/**
 * The officer's and the approver's pages (server-rendered, Vietnamese): the overview with channel health,
 * the calendar, content and its previews, the publishing queue; and {@code GET /api/channels}.
 */
@NullMarked
package vn.cchc.publisher.web.ui;

import org.jspecify.annotations.NullMarked;
