package io.signalcheck.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalcheck.report.ReportJson;
import io.signalcheck.store.ObjectMeta;
import io.signalcheck.store.StoredScore;

/**
 * The body of {@code GET /scores/{key}}: the report exactly as the CLI prints it, then the object it is about and
 * when it was scored. {@code status} is the stored one (scored or rejected).
 */
public final class ScoreDetailView {
    private ScoreDetailView() {}

    public static ObjectNode of(StoredScore score) {
        ObjectNode body = score.report() == null
                ? ReportJson.mapper().createObjectNode()
                : ReportJson.mapper().valueToTree(score.report());
        body.put("status", score.status());
        ObjectMeta o = score.object();
        ObjectNode object = body.putObject("object");
        object.put("bucket", o.bucket());
        object.put("key", o.key());
        object.put("etag", o.etag());
        object.put("size", o.size());
        object.put("versionId", o.versionId());
        object.put("sequencer", o.sequencer());
        body.put("scoredAt", score.scoredAt() == null ? null : score.scoredAt().toString());
        return body;
    }
}
