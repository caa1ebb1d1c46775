/**
 * Publishing: the queue of publications (content item × channel), approval, and the engine that sends
 * what is approved and due exactly once, recovering after crashes.
 */
@NullMarked
package vn.cchc.publisher.publishing;

import org.jspecify.annotations.NullMarked;
