package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageTokenCodecTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final ListFilters FR = new ListFilters("fr", null, 0.5, null);

    private static PageTokenCodec at(Instant now) {
        return new PageTokenCodec(KEY, Duration.ofHours(1), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void roundTripsTheCursor() {
        String cursor = "{\"pk\":\"ALL\",\"sk\":\"2026-11-02T09:59:59Z#fr/é.html\"}";
        String token = at(T0).issue(cursor, FR);
        assertEquals(cursor, at(T0.plusSeconds(3599)).open(token, new ListFilters("fr", null, 0.50, null)));
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
    }

    @Test
    void expiredTokenIsRefused() {
        String token = at(T0).issue("c", FR);
        ApiError e = assertThrows(ApiError.class, () -> at(T0.plus(Duration.ofHours(1))).open(token, FR));
        assertEquals("expired_token", e.code());
        assertEquals(400, e.status());
    }

    @Test
    void tokenForOtherFiltersIsRefused() {
        String token = at(T0).issue("c", FR);
        assertEquals("token_mismatch",
                assertThrows(ApiError.class, () -> at(T0).open(token, new ListFilters("en", null, 0.5, null))).code());
        assertEquals("token_mismatch",
                assertThrows(ApiError.class, () -> at(T0).open(token, new ListFilters(null, null, null, null))).code());
    }

    @Test
    void everyAlteredCharacterIsDetected() {
        String token = at(T0).issue("cursor-value", FR);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char other = c == 'A' ? 'B' : 'A';
            String altered = token.substring(0, i) + other + token.substring(i + 1);
            if (altered.equals(token)) {
                continue;
            }
            int at = i;
            ApiError e = assertThrows(ApiError.class, () -> at(T0).open(altered, FR), () -> "position " + at);
            assertTrue(e.code().equals("invalid_token"), e.code());
        }
    }

    @Test
    void forgedPayloadWithoutTheKeyIsRefused() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"v\":1,\"c\":\"x\",\"f\":{},\"x\":99999999999}".getBytes(StandardCharsets.UTF_8));
        String token = at(T0).issue("x", new ListFilters(null, null, null, null));
        String forged = payload + token.substring(token.indexOf('.'));
        assertEquals("invalid_token", assertThrows(ApiError.class,
                () -> at(T0).open(forged, new ListFilters(null, null, null, null))).code());
        for (String junk : new String[] {"abc", ".", "a.b.c", "!!!.###", "e30.e30"}) {
            assertEquals("invalid_token", assertThrows(ApiError.class, () -> at(T0).open(junk, FR)).code(), junk);
        }
    }

    @Test
    void anotherKeyCannotOpenIt() {
        String token = at(T0).issue("c", FR);
        byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);
        PageTokenCodec other = new PageTokenCodec(otherKey, Duration.ofHours(1), Clock.fixed(T0, ZoneOffset.UTC));
        assertEquals("invalid_token", assertThrows(ApiError.class, () -> other.open(token, FR)).code());
        assertNotEquals(token, other.issue("c", FR));
    }

    @Test
    void shortKeysAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PageTokenCodec(new byte[31], Duration.ofHours(1), Clock.systemUTC()));
    }
}
