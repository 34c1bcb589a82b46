package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {
    private final BodyDecoder decoder = new BodyDecoder(100);

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void textBodyIsUtf8() {
        BodyDecoder.DecodedBody body = decoder.decode("text/plain; charset=utf-8", "Des comptes fictifs.", false);
        assertArrayEquals("Des comptes fictifs.".getBytes(StandardCharsets.UTF_8), body.bytes());
        assertEquals("text/plain", body.mediaType());
        assertEquals("text/html", decoder.decode("TEXT/HTML", "<p>x</p>", false).mediaType());
    }

    @Test
    void base64BodyIsDecodedAndDeclaredCharsetHonoured() {
        byte[] latin1 = "Élection: comptes créés".getBytes(Charset.forName("windows-1252"));
        BodyDecoder.DecodedBody body = decoder.decode("text/plain; charset=windows-1252", b64(latin1), true);
        assertEquals("Élection: comptes créés", new String(body.bytes(), StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {1, 2, 3}, decoder.decode("application/octet-stream", b64(new byte[] {1, 2, 3}), true).bytes());
    }

    @Test
    void otherMediaTypesAre415() {
        for (String ct : new String[] {"application/x-www-form-urlencoded", "image/png", "", "text/csv", "multipart/form-data; boundary=x"}) {
            ApiError e = assertThrows(ApiError.class, () -> decoder.decode(ct, "x", false), ct);
            assertEquals(415, e.status(), ct);
        }
        assertEquals(415, assertThrows(ApiError.class, () -> decoder.decode(null, "x", false)).status());
        assertEquals(415, assertThrows(ApiError.class, () -> decoder.decode("text/plain; charset=klingon", "x", false)).status());
    }

    @Test
    void sizeLimitIs413ForTextAndBase64() {
        decoder.decode("text/plain", "a".repeat(100), false);
        assertEquals(413, assertThrows(ApiError.class, () -> decoder.decode("text/plain", "a".repeat(101), false)).status());
        // 99 'é' are 198 UTF-8 bytes: the limit is on bytes, not characters
        assertEquals(413, assertThrows(ApiError.class, () -> decoder.decode("text/plain", "é".repeat(99), false)).status());
        decoder.decode("application/octet-stream", b64(new byte[100]), true);
        assertEquals(413, assertThrows(ApiError.class,
                () -> decoder.decode("application/octet-stream", b64(new byte[101]), true)).status());
        assertEquals(413, assertThrows(ApiError.class,
                () -> decoder.decode("application/octet-stream", "A".repeat(10_000), true)).status());
    }

    @Test
    void emptyOrBrokenBodiesAre400() {
        assertEquals("empty_body", assertThrows(ApiError.class, () -> decoder.decode("text/plain", "", false)).code());
        assertEquals("empty_body", assertThrows(ApiError.class, () -> decoder.decode("text/plain", null, false)).code());
        assertEquals("invalid_body", assertThrows(ApiError.class, () -> decoder.decode("text/plain", "%%%not base64", true)).code());
    }

    @Test
    void bodyContradictingItsTypeIs400() {
        assertEquals("content_type_mismatch",
                assertThrows(ApiError.class, () -> decoder.decode("application/pdf", "plain words", false)).code());
        assertEquals("content_type_mismatch",
                assertThrows(ApiError.class, () -> decoder.decode("application/json", "plain words", false)).code());
        assertEquals("content_type_mismatch",
                assertThrows(ApiError.class, () -> decoder.decode("text/plain", "%PDF-1.7 ...", false)).code());
        assertEquals("application/json", decoder.decode("application/json", " {\"text\": \"x\"}", false).mediaType());
    }
}
