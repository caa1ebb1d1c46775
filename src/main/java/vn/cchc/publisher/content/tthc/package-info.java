/**
 * The TTHC catalogue: one YAML file per administrative procedure under {@code content/tthc/}, read with
 * line-accurate problems, and its rendering as a listing and per-procedure pages.
 */
@NullMarked
package vn.cchc.publisher.content.tthc;

import org.jspecify.annotations.NullMarked;
