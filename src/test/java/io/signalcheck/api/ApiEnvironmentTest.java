package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiEnvironmentTest {
    private static final String KEY = "k".repeat(32);

    @Test
    void readsAllVariables() {
        ApiEnvironment.Settings s = ApiEnvironment.read(Map.of("SCORES_TABLE", "scores", "PAGE_TOKEN_KEY", KEY,
                "MAX_BODY_BYTES", "2048"));
        assertEquals("scores", s.tableName());
        assertArrayEquals(KEY.getBytes(StandardCharsets.UTF_8), s.pageTokenKey());
        assertEquals(2048, s.maxBodyBytes());
        assertFalse(s.generatedKey());
        assertEquals(1_048_576, ApiEnvironment.read(Map.of("SCORES_TABLE", "t", "PAGE_TOKEN_KEY", KEY)).maxBodyBytes());
    }

    @Test
    void refusesToStartWithoutASigningKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ApiEnvironment.read(Map.of("SCORES_TABLE", "t")));
        assertTrue(e.getMessage().contains("PAGE_TOKEN_KEY"), e.getMessage());
        assertTrue(assertThrows(IllegalStateException.class,
                () -> ApiEnvironment.read(Map.of("SCORES_TABLE", "t", "PAGE_TOKEN_KEY", "short"))).getMessage()
                .contains("at least 32"));
    }

    @Test
    void localModeGeneratesAKey() {
        ApiEnvironment.Settings s = ApiEnvironment.read(Map.of("SCORES_TABLE", "t", "SIGNALCHECK_LOCAL", "true"));
        assertTrue(s.generatedKey());
        assertEquals(32, s.pageTokenKey().length);
    }

    @Test
    void refusesMissingTableAndBadLimit() {
        assertTrue(assertThrows(IllegalStateException.class, () -> ApiEnvironment.read(Map.of("PAGE_TOKEN_KEY", KEY)))
                .getMessage().contains("SCORES_TABLE"));
        assertThrows(IllegalStateException.class,
                () -> ApiEnvironment.read(Map.of("SCORES_TABLE", "t", "PAGE_TOKEN_KEY", KEY, "MAX_BODY_BYTES", "lots")));
        assertThrows(IllegalStateException.class,
                () -> ApiEnvironment.read(Map.of("SCORES_TABLE", "t", "PAGE_TOKEN_KEY", KEY, "MAX_BODY_BYTES", "0")));
    }
}
