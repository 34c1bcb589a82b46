package io.signalcheck.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.signalcheck.report.ReportJson;
import io.signalcheck.report.ScoreReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates reports against the published JSON Schema; every test that produces a report should call it. */
public final class ReportSchema {
    public static final String RESOURCE = "/schema/score-report-v1.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private ReportSchema() {}

    private static Schema load() {
        try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("report schema missing from the classpath: " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Error> errors(String json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the test with every schema violation listed. Also checks evidence offsets are ordered. */
    public static void assertValid(String json) {
        List<Error> errors = errors(json);
        if (!errors.isEmpty()) {
            fail("report violates the schema: " + errors + "\n" + json);
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            root.path("indicators").forEach(ind -> ind.path("evidence").forEach(ReportSchema::checkOffsets));
            root.path("attribution").path("evidence").forEach(ReportSchema::checkOffsets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValid(ScoreReport report) {
        assertValid(ReportJson.toJson(report));
    }

    private static void checkOffsets(JsonNode ev) {
        if (ev.path("start").asInt() > ev.path("end").asInt()) {
            fail("evidence start after end: " + ev);
        }
    }
}
