/**
 * Content: articles (YAML front matter + markdown) and the TTHC catalogue under {@code content/}, their
 * validation, and their rendering for each channel (website HTML, Facebook text, Zalo article).
 */
@NullMarked
package vn.cchc.publisher.content;

import org.jspecify.annotations.NullMarked;
