package io.signalcheck.store;

import io.signalcheck.report.ScoreReport;
import io.signalcheck.signals.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * {@link ScoreStore} on one DynamoDB table (shape: {@link ScoresTable}, design: docs/STORE.md).
 *
 * <p>Every write is a single conditional PutItem of the whole item, accepted only when the key is new or the
 * stored sequencer is older; so a write is all-or-nothing, duplicates and late events change nothing, and a
 * tombstone keeps a late create from resurrecting a deleted key. No transactions are used (dynalite has none).
 */
public final class DynamoScoreStore implements ScoreStore {
    private static final int MAX_LIMIT = 1000;
    /** Items read per query round when a filter may discard some: fewer round trips, bounded read cost. */
    private static final int FILTERED_READ_FACTOR = 4;

    private final DynamoDbClient client;
    private final String tableName;
    private final ReportTrimmer trimmer;

    public DynamoScoreStore(DynamoDbClient client, String tableName) {
        this(client, tableName, ReportTrimmer.DEFAULT_MAX_JSON_BYTES);
    }

    DynamoScoreStore(DynamoDbClient client, String tableName, int maxReportJsonBytes) {
        this.client = client;
        this.tableName = tableName;
        this.trimmer = new ReportTrimmer(maxReportJsonBytes);
    }

    @Override
    public WriteOutcome putScore(StoredScore score) {
        if (score.deleted()) {
            return markDeleted(score.object(), score.scoredAt());
        }
        if (score.report() == null) {
            throw new IllegalArgumentException("a stored score needs its report: " + score.object().key());
        }
        ScoreReport bounded = trimmer.trim(score.report());
        return conditionalPut(ScoreItems.scoreItem(score, bounded), score.object());
    }

    @Override
    public WriteOutcome markDeleted(ObjectMeta object, Instant at) {
        return conditionalPut(ScoreItems.tombstone(object, at), object);
    }

    private WriteOutcome conditionalPut(Map<String, AttributeValue> item, ObjectMeta object) {
        String order = Sequencers.sortable(object.sequencer());
        try {
            client.putItem(b -> b.tableName(tableName).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #seq < :seq")
                    .expressionAttributeNames(Map.of("#pk", ScoresTable.PK, "#seq", ScoreItems.SEQ_ORDER))
                    .expressionAttributeValues(Map.of(":seq", AttributeValue.fromS(order))));
            return WriteOutcome.WRITTEN;
        } catch (ConditionalCheckFailedException notNewer) {
            // dynalite does not return the old item on a failed condition: read what won, to tell why.
            String stored = storedOrder(object.key());
            return order.equals(stored) ? WriteOutcome.DUPLICATE : WriteOutcome.STALE;
        }
    }

    private String storedOrder(String key) {
        GetItemResponse r = client.getItem(b -> b.tableName(tableName).consistentRead(true)
                .key(Map.of(ScoresTable.PK, AttributeValue.fromS(key)))
                .projectionExpression("#seq").expressionAttributeNames(Map.of("#seq", ScoreItems.SEQ_ORDER)));
        AttributeValue v = r.hasItem() ? r.item().get(ScoreItems.SEQ_ORDER) : null;
        return v == null ? null : v.s();
    }

    @Override
    public Optional<StoredScore> get(String key) {
        GetItemResponse r = client.getItem(b -> b.tableName(tableName).consistentRead(true)
                .key(Map.of(ScoresTable.PK, AttributeValue.fromS(key))));
        return r.hasItem() && !r.item().isEmpty() ? Optional.of(ScoreItems.toStoredScore(r.item())) : Optional.empty();
    }

    /**
     * Newest first from the most selective index: a signal's sparse index when a signal is asked for, else the
     * language index, else the recent index. {@code since} is a key condition; {@code minScore} (and a language
     * asked for together with a signal) are filters, so rounds repeat until the page is full or the index ends.
     */
    @Override
    public ScorePage list(ScoreQuery query) {
        if (query.limit() < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (query.language() != null && !query.language().matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("language must be a 2-3 letter code: " + query.language());
        }
        if (query.minScore() != null && !Double.isFinite(query.minScore())) {
            throw new IllegalArgumentException("minScore must be a number");
        }
        int limit = Math.min(query.limit(), MAX_LIMIT);
        Access access = Access.of(query);
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        names.put("#p", access.partitionAttribute());
        values.put(":p", AttributeValue.fromS(access.partition()));
        String keyCondition = "#p = :p";
        String sinceKey = null;
        if (query.since() != null) {
            sinceKey = ScoreItems.sortableTime(query.since());
            names.put("#sk", ScoresTable.LIST_SK);
            values.put(":since", AttributeValue.fromS(sinceKey));
            keyCondition += " AND #sk >= :since";
        }
        List<String> filters = new ArrayList<>();
        if (query.minScore() != null) {
            names.put("#score", ScoreItems.OVERALL_SCORE);
            values.put(":min", AttributeValue.fromN(Double.toString(query.minScore())));
            filters.add("#score >= :min");
        }
        if (query.signal() != null && query.language() != null) {
            names.put("#lang", ScoresTable.LANGUAGE);
            values.put(":lang", AttributeValue.fromS(query.language()));
            filters.add("#lang = :lang");
        }
        Map<String, AttributeValue> start = null;
        if (query.cursor() != null) {
            ListCursor cursor = ListCursor.decode(query.cursor());
            if (!cursor.index().equals(access.index()) || !cursor.partition().equals(access.partition())) {
                throw new IllegalArgumentException("cursor does not belong to this query");
            }
            if (sinceKey != null && cursor.listSk().compareTo(sinceKey) < 0) {
                return new ScorePage(List.of(), null); // everything after the cursor is older than `since`
            }
            start = cursor.startKey(access.partitionAttribute());
        }

        List<Map<String, AttributeValue>> page = new ArrayList<>();
        boolean more = false;
        while (!more) {
            int wanted = limit - page.size() + 1; // one extra tells whether another page exists
            int readLimit = filters.isEmpty() ? wanted : Math.min(MAX_LIMIT, wanted * FILTERED_READ_FACTOR);
            QueryRequest.Builder request = QueryRequest.builder().tableName(tableName).indexName(access.index())
                    .keyConditionExpression(keyCondition).scanIndexForward(false).limit(readLimit)
                    .expressionAttributeNames(names).expressionAttributeValues(values);
            if (!filters.isEmpty()) {
                request.filterExpression(String.join(" AND ", filters));
            }
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse response = client.query(request.build());
            for (Map<String, AttributeValue> item : response.items()) {
                if (page.size() == limit) {
                    more = true;
                    break;
                }
                page.add(item);
            }
            if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
                break;
            }
            start = response.lastEvaluatedKey();
        }
        List<ScoreSummary> items = new ArrayList<>(page.size());
        page.forEach(item -> items.add(ScoreItems.toSummary(item)));
        String next = null;
        if (more) {
            Map<String, AttributeValue> last = page.get(page.size() - 1);
            next = new ListCursor(access.index(), access.partition(), last.get(ScoresTable.PK).s(),
                    last.get(ScoresTable.LIST_SK).s()).encode();
        }
        return new ScorePage(List.copyOf(items), next);
    }

    /** Which index and partition serve a query. */
    private record Access(String index, String partitionAttribute, String partition) {
        static Access of(ScoreQuery q) {
            if (q.signal() != null) {
                Signal signal;
                try {
                    signal = Signal.fromId(q.signal());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown signal: " + q.signal(), e);
                }
                return new Access(ScoresTable.signalIndex(signal), ScoresTable.signalAttribute(signal), signal.id());
            }
            if (q.language() != null) {
                return new Access(ScoresTable.LANGUAGE_INDEX, ScoresTable.LANGUAGE, q.language());
            }
            return new Access(ScoresTable.RECENT_INDEX, ScoresTable.LIST_PK, ScoresTable.ALL);
        }
    }
}
