/** Implementation of the plan module: the frequency parser and the plan file reader. */
@NullMarked
package vn.cchc.publisher.plan.internal;

import org.jspecify.annotations.NullMarked;
