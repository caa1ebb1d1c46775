/**
 * The command-line front end: {@code draft}, {@code check}, {@code plan import}, {@code calendar} and the
 * other commands of the same jar, each a thin layer over another module's API.
 */
@NullMarked
package vn.cchc.publisher.cli;

import org.jspecify.annotations.NullMarked;
