package io.signalcheck.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the key part of {@code /scores/{key+}} into the S3 object key. Callers percent-encode keys (spaces,
 * non-ASCII, {@code %}); but API Gateway HTTP APIs hand the path to the function already decoded while local
 * tools pass it encoded. So: a key that still holds characters an encoded path cannot contain (space, non-ASCII,
 * controls) is taken as already decoded; otherwise {@code %XX} sequences are decoded as UTF-8. {@code +} stays a
 * plus (paths are not form-encoded). A {@code %} that does not start a valid UTF-8 sequence is kept as is.
 */
public final class ObjectKeyDecoder {
    private ObjectKeyDecoder() {}

    public static String decode(String raw) {
        if (raw.indexOf('%') < 0 || looksDecoded(raw)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c); // ASCII only here: looksDecoded() let no other character through
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            // "%E9" alone is Latin-1, not UTF-8: not an encoding we produce, so the text is the key itself
            return raw;
        }
    }

    private static boolean looksDecoded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
