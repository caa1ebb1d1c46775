/**
 * Import of a plan's text into a proposed plan file: the text's lines and paragraphs, the task tables
 * and lists in their several layouts, the duties of "Tổ chức thực hiện", the guesses of kind, channels
 * and areas from the words, and the YAML writer.
 */
@NullMarked
package vn.cchc.publisher.plan.importer;

import org.jspecify.annotations.NullMarked;
