package io.signalcheck.store;

import io.signalcheck.report.ReportJson;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** TEMP stand-in (branch local only; the real one comes from branch store). Scans to list: stand-in only. */
public final class DynamoScoreStore implements ScoreStore {
    private final DynamoDbClient ddb;
    private final String table;

    public DynamoScoreStore(DynamoDbClient ddb, String table) {
        this.ddb = ddb;
        this.table = table;
    }

    @Override
    public WriteOutcome putScore(StoredScore s) {
        return write(s.object(), s.status(), s.scoredAt(), false, s.report() == null ? null : ReportJson.toJson(s.report()));
    }

    @Override
    public WriteOutcome markDeleted(ObjectMeta o, Instant at) {
        return write(o, "deleted", at, true, null);
    }

    private WriteOutcome write(ObjectMeta o, String status, Instant at, boolean deleted, String report) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(o.key()));
        item.put("seq", s(o.sequencer()));
        item.put("status", s(status));
        item.put("scoredAt", s(at.toString()));
        item.put("deleted", AttributeValue.fromBool(deleted));
        item.put("etag", s(o.etag() == null ? "" : o.etag()));
        item.put("size", AttributeValue.fromN(Long.toString(o.size())));
        if (report != null) {
            item.put("report", s(report));
        }
        try {
            ddb.putItem(p -> p.tableName(table).item(item).conditionExpression("attribute_not_exists(pk) OR seq < :s")
                    .expressionAttributeValues(Map.of(":s", s(o.sequencer()))));
            return WriteOutcome.WRITTEN;
        } catch (ConditionalCheckFailedException older) {
            return WriteOutcome.STALE;
        }
    }

    @Override
    public Optional<StoredScore> get(String key) {
        Map<String, AttributeValue> i = ddb.getItem(g -> g.tableName(table).key(Map.of("pk", s(key))).consistentRead(true)).item();
        return i == null || i.isEmpty() ? Optional.empty() : Optional.of(toScore(i));
    }

    @Override
    public ScorePage list(ScoreQuery q) {
        List<ScoreSummary> items = ddb.scan(r -> r.tableName(table).consistentRead(true)).items().stream()
                .map(DynamoScoreStore::toScore).filter(x -> !x.deleted())
                .map(x -> new ScoreSummary(x.object().key(), x.scoredAt(), x.status(), x.report().language(),
                        x.report().overall().score(), x.report().overall().level(), List.of(), null))
                .sorted(Comparator.comparing(ScoreSummary::scoredAt).reversed()).limit(q.limit()).toList();
        return new ScorePage(items, null);
    }

    private static StoredScore toScore(Map<String, AttributeValue> i) {
        ObjectMeta meta = new ObjectMeta(null, i.get("pk").s(), i.get("etag").s(), Long.parseLong(i.get("size").n()),
                null, i.get("seq").s());
        return new StoredScore(meta, i.get("status").s(), Instant.parse(i.get("scoredAt").s()), null,
                i.get("deleted").bool(), i.containsKey("report") ? ReportJson.fromJson(i.get("report").s()) : null);
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }
}
