package io.signalcheck.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordLogTest {
    @Test
    void writesOneJsonLinePerRecord() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordLog log = new RecordLog(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", "articles/rapport \"élection\"\n.html");
        fields.put("outcome", "WRITTEN");
        fields.put("ms", 42L);
        log.record("INFO", "req-1", fields);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, out.lines().count(), "a key with a newline must not split the line");
        JsonNode line = new ObjectMapper().readTree(out);
        assertEquals("INFO", line.get("level").asText());
        assertEquals("req-1", line.get("requestId").asText());
        assertEquals("articles/rapport \"élection\"\n.html", line.get("key").asText());
        assertEquals(42, line.get("ms").asInt());
        assertTrue(line.has("timestamp"));
    }
}
