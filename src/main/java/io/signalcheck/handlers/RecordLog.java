package io.signalcheck.handlers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One JSON line per handled record on stdout, which Lambda's JSON log format keeps as structured fields. */
final class RecordLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintStream out;

    RecordLog(PrintStream out) {
        this.out = out;
    }

    void record(String level, String requestId, Map<String, Object> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level);
        line.put("message", "s3 record");
        if (requestId != null) {
            line.put("requestId", requestId);
        }
        line.putAll(fields);
        try {
            out.println(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            out.println("{\"level\":\"ERROR\",\"message\":\"unloggable record\"}");
        }
    }
}
