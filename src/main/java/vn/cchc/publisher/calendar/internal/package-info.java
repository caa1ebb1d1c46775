/** Implementation of the calendar: slot derivation, content assignment, states and the three formats. */
@NullMarked
package vn.cchc.publisher.calendar.internal;

import org.jspecify.annotations.NullMarked;
