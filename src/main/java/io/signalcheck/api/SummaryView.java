package io.signalcheck.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalcheck.report.ReportJson;
import io.signalcheck.store.ScoreSummary;
import java.util.List;

/** The body of {@code GET /scores}: {@code items} newest first and {@code nextToken} (null on the last page). */
public final class SummaryView {
    private SummaryView() {}

    public static ObjectNode page(List<ScoreSummary> items, String nextToken) {
        ObjectNode body = ReportJson.mapper().createObjectNode();
        ArrayNode array = body.putArray("items");
        items.forEach(s -> array.add(of(s)));
        body.put("count", items.size());
        body.put("nextToken", nextToken);
        return body;
    }

    public static ObjectNode of(ScoreSummary s) {
        ObjectNode item = ReportJson.mapper().createObjectNode();
        item.put("key", s.key());
        item.put("scoredAt", s.scoredAt() == null ? null : s.scoredAt().toString());
        item.put("status", s.status());
        item.put("language", s.language());
        ObjectNode overall = item.putObject("overall");
        overall.put("score", s.overallScore());
        overall.put("level", s.overallLevel());
        ArrayNode detected = item.putArray("detectedSignals");
        (s.detectedSignals() == null ? List.<String>of() : s.detectedSignals()).forEach(detected::add);
        item.put("attributionLevel", s.attributionLevel());
        return item;
    }
}
