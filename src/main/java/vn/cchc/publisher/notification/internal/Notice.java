package vn.cchc.publisher.notification.internal;

import org.jspecify.annotations.Nullable;
import vn.cchc.publisher.notification.Role;

/**
 * A notice to store.
 *
 * @param unit the unit; null for the whole service
 * @param role who it is for
 * @param kind what happened
 * @param titleVi the title, in Vietnamese
 * @param bodyVi the text, in Vietnamese
 * @param subject what it is about
 * @param dedupKey names the fact, so that it is told once
 */
record Notice(
        @Nullable String unit,
        Role role,
        String kind,
        String titleVi,
        String bodyVi,
        String subject,
        String dedupKey) {}
