package vn.cchc.publisher.content.tthc;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Decodes UTF-8 strictly and, when the bytes are not UTF-8, tells on which line the first bad byte is. */
final class StrictUtf8 {

    private StrictUtf8() {}

    /**
     * What the bytes gave.
     *
     * @param text the text without a byte-order mark; null when the bytes are not UTF-8
     * @param invalidLine the 1-based line of the first invalid byte; 0 when the text is valid
     */
    record Decoded(@Nullable String text, int invalidLine) {}

    static Decoded decode(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, lineOf(bytes, in.position()));
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString(), 0);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
