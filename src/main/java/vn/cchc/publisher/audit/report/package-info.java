/**
 * The reports a unit files with its supervisor: per plan target and period, what was required, published and
 * verified, with the evidence, in Markdown, CSV, XLSX, DOCX and HTML.
 */
@NullMarked
@NamedInterface("report")
package vn.cchc.publisher.audit.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
