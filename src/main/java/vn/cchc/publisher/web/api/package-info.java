/** REST endpoints of the web front that belong to no one module: {@code /api/tasks} (long work's progress). */
@NullMarked
package vn.cchc.publisher.web.api;

import org.jspecify.annotations.NullMarked;
