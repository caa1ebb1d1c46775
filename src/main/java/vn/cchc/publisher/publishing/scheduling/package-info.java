/**
 * The publishing schedule: Quartz jobs and triggers on the JDBC job store (clustered, so that several
 * instances sharing one database run each firing once), the every-minute pass over due publications and
 * the monthly automatic publication. Active when the service runs ({@code serve}), not for commands.
 */
@NullMarked
package vn.cchc.publisher.publishing.scheduling;

import org.jspecify.annotations.NullMarked;
