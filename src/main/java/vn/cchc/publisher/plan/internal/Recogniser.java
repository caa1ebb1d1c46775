package vn.cchc.publisher.plan.internal;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One kind of frequency expression: a pattern over folded text and what a match means.
 *
 * @param name a short name for debugging
 * @param pattern the pattern, over folded text
 * @param inProse whether the pattern is safe to look for inside running prose, where a bare date or year
 *     is more often a document's date than a deadline
 * @param reader turns a match into an expression, or null when the match is not one after all
 */
record Recogniser(String name, Pattern pattern, boolean inProse, Reader reader) {

    /** Reads one match. */
    @FunctionalInterface
    interface Reader {
        /**
         * @return the expression, or null when the match is not a frequency expression
         * @throws InvalidExpression when it is one but cannot be right (a 13th month, 30 February)
         */
        @Nullable
        FoundExpression read(MatchResult match, int year);
    }

    /** An expression that has the form of a frequency but cannot be right. */
    static final class InvalidExpression extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidExpression(String message) {
            super(message);
        }
    }
}
