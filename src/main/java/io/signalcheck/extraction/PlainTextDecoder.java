package io.signalcheck.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to characters. A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is dropped;
 * otherwise strict UTF-8, and when the bytes are not valid UTF-8, windows-1252 (a superset of
 * ISO-8859-1 for printable characters, what legacy Western European files use).
 */
final class PlainTextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text and the charset that decoded it. */
    record Decoded(String text, Charset charset) {}

    private PlainTextDecoder() {}

    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
            return new Decoded(utf8, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            // windows-1252 leaves five bytes unmapped; replacing them keeps the rest of the text
            return new Decoded(new String(b, WINDOWS_1252), WINDOWS_1252);
        }
    }
}
