package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
    @Test
    void rawQueryStringIsFormDecoded() {
        QueryParameters q = QueryParameters.of("since=2026-11-02T08%3A00%3A00%2B01%3A00&language=fr&flag", null);
        assertEquals("2026-11-02T08:00:00+01:00", q.get("since"));
        assertEquals("fr", q.get("language"));
        assertEquals("", q.get("flag"));
        assertNull(q.get("signal"));
    }

    @Test
    void mapIsUsedWhenNoRawQueryString() {
        QueryParameters q = QueryParameters.of(null, Map.of("limit", "5"));
        assertEquals("5", q.get("limit"));
        assertEquals(Map.of(), QueryParameters.of("", null).asMap());
    }

    @Test
    void repeatedNamesAreRefused() {
        ApiError e = assertThrows(ApiError.class, () -> QueryParameters.of("language=fr&language=en", null));
        assertEquals(400, e.status());
        assertEquals("invalid_parameter", e.code());
    }

    @Test
    void unknownNamesAreRefusedPerRoute() {
        ApiError e = assertThrows(ApiError.class, () -> QueryParameters.of("lang=fr", null).acceptedBy(Route.LIST_SCORES));
        assertEquals("unknown_parameter", e.code());
        assertTrue(e.getMessage().contains("lang"));
        assertThrows(ApiError.class, () -> QueryParameters.of("limit=2", null).acceptedBy(Route.GET_SCORE));
        QueryParameters.of("limit=2&nextToken=x", null).acceptedBy(Route.LIST_SCORES);
    }

    @Test
    void malformedEncodingIs400() {
        assertEquals(400, assertThrows(ApiError.class, () -> QueryParameters.of("since=%ZZ", null)).status());
    }
}
