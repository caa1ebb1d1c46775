package vn.cchc.publisher.content.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Decodes file bytes as UTF-8, refusing anything else, and says on which line the first bad byte is. */
public final class StrictUtf8 {

    private StrictUtf8() {}

    /**
     * What decoding gave.
     *
     * @param text the text, without a leading byte order mark; null if the bytes are not UTF-8
     * @param badLine the 1-based line of the first byte that is not UTF-8; 0 when the text is valid
     * @param badByte that byte
     */
    public record Decoded(@Nullable String text, int badLine, int badByte) {

        /** The problem with the bytes, in Vietnamese for the officer. */
        public String reasonVi() {
            return String.format(
                    "tệp không phải UTF-8: byte 0x%02X ở dòng này không hợp lệ; lưu lại tệp với bảng mã UTF-8",
                    badByte);
        }
    }

    public static Decoded decode(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int position = in.position();
            return new Decoded(null, lineOf(bytes, position), bytes[position] & 0xFF);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Decoded(null, lineOf(bytes, in.position()), bytes[bytes.length - 1] & 0xFF);
        }
        return new Decoded(out.flip().toString(), 0, 0);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
