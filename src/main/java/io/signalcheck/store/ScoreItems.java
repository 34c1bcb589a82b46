package io.signalcheck.store;

import static io.signalcheck.store.ScoresTable.ALL;
import static io.signalcheck.store.ScoresTable.LANGUAGE;
import static io.signalcheck.store.ScoresTable.LIST_PK;
import static io.signalcheck.store.ScoresTable.LIST_SK;
import static io.signalcheck.store.ScoresTable.PK;

import io.signalcheck.report.Indicator;
import io.signalcheck.report.ReportJson;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.signals.Signal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps a {@link StoredScore} to its DynamoDB item and back, and an index entry to a {@link ScoreSummary}. */
final class ScoreItems {
    static final String BUCKET = "bucket";
    static final String ETAG = "etag";
    static final String SIZE = "size";
    static final String VERSION_ID = "versionId";
    static final String SEQUENCER = "sequencer";
    /** The sequencer padded by {@link Sequencers#sortable}: what the write conditions compare. */
    static final String SEQ_ORDER = "seqOrder";
    static final String STATUS = "status";
    static final String SCORED_AT = "scoredAt";
    static final String RULES_VERSION = "rulesVersion";
    static final String DELETED = "deleted";
    static final String REPORT = "report";
    static final String REPORT_BYTES = "reportBytes";
    static final String TRIMMED = "evidenceTrimmed";
    static final String OVERALL_SCORE = "overallScore";
    static final String OVERALL_LEVEL = "overallLevel";
    static final String DETECTED = "detectedSignals";
    static final String ATTRIBUTION_LEVEL = "attributionLevel";

    static final String DELETED_STATUS = "deleted";

    /** Fixed width and always with milliseconds, so index sort keys order as the instants do. */
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ScoreItems() {}

    static String sortableTime(Instant t) {
        return SORTABLE.format(t);
    }

    static String listSortKey(Instant scoredAt, String key) {
        return sortableTime(scoredAt) + "#" + key;
    }

    /** The item of a scored or rejected object: listed in the recent, language and detected-signal indexes. */
    static Map<String, AttributeValue> scoreItem(StoredScore score, ScoreReport bounded) {
        Map<String, AttributeValue> item = common(score.object(), score.status(), score.scoredAt(), false);
        if (score.rulesVersion() != null) {
            item.put(RULES_VERSION, s(score.rulesVersion()));
        }
        String json = ReportJson.toJson(bounded);
        item.put(REPORT, s(json));
        item.put(REPORT_BYTES, n(Integer.toString(json.getBytes(StandardCharsets.UTF_8).length)));
        item.put(TRIMMED, AttributeValue.fromBool(bounded != score.report()));
        String language = bounded.language() == null || bounded.language().isBlank() ? "und" : bounded.language();
        item.put(LIST_PK, s(ALL));
        item.put(LIST_SK, s(listSortKey(score.scoredAt(), score.object().key())));
        item.put(LANGUAGE, s(language));
        double overall = bounded.overall() == null ? 0.0 : bounded.overall().score();
        item.put(OVERALL_SCORE, n(Double.toString(overall)));
        item.put(OVERALL_LEVEL, s(bounded.overall() == null ? "low" : bounded.overall().level()));
        List<AttributeValue> detected = new ArrayList<>();
        for (Signal signal : Signal.values()) {
            Indicator ind = bounded.indicators() == null ? null : bounded.indicators().get(signal.id());
            if (ind != null && ind.detected()) {
                detected.add(s(signal.id()));
                item.put(ScoresTable.signalAttribute(signal), s(signal.id()));
            }
        }
        item.put(DETECTED, AttributeValue.fromL(detected));
        item.put(ATTRIBUTION_LEVEL, s(bounded.attribution() == null ? "none" : bounded.attribution().level()));
        return item;
    }

    /** A tombstone: no index attributes, so it leaves every list; keeps the sequencer against late creates. */
    static Map<String, AttributeValue> tombstone(ObjectMeta object, Instant at) {
        return common(object, DELETED_STATUS, at, true);
    }

    private static Map<String, AttributeValue> common(ObjectMeta o, String status, Instant at, boolean deleted) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(o.key()));
        item.put(BUCKET, s(o.bucket()));
        if (o.etag() != null) {
            item.put(ETAG, s(o.etag()));
        }
        item.put(SIZE, n(Long.toString(o.size())));
        if (o.versionId() != null) {
            item.put(VERSION_ID, s(o.versionId()));
        }
        item.put(SEQUENCER, s(o.sequencer()));
        item.put(SEQ_ORDER, s(Sequencers.sortable(o.sequencer())));
        item.put(STATUS, s(status));
        item.put(SCORED_AT, s(sortableTime(at)));
        item.put(DELETED, AttributeValue.fromBool(deleted));
        return item;
    }

    static StoredScore toStoredScore(Map<String, AttributeValue> item) {
        ObjectMeta object = new ObjectMeta(str(item, BUCKET), str(item, PK), str(item, ETAG),
                Long.parseLong(item.get(SIZE).n()), str(item, VERSION_ID), str(item, SEQUENCER));
        boolean deleted = item.containsKey(DELETED) && Boolean.TRUE.equals(item.get(DELETED).bool());
        String json = str(item, REPORT);
        ScoreReport report = json == null ? null : ReportJson.fromJson(json);
        return new StoredScore(object, str(item, STATUS), Instant.parse(str(item, SCORED_AT)),
                str(item, RULES_VERSION), deleted, report);
    }

    static ScoreSummary toSummary(Map<String, AttributeValue> item) {
        List<String> detected = new ArrayList<>();
        AttributeValue list = item.get(DETECTED);
        if (list != null && list.hasL()) {
            list.l().forEach(v -> detected.add(v.s()));
        }
        AttributeValue score = item.get(OVERALL_SCORE);
        return new ScoreSummary(str(item, PK), Instant.parse(str(item, SCORED_AT)), str(item, STATUS),
                str(item, LANGUAGE), score == null ? 0.0 : Double.parseDouble(score.n()), str(item, OVERALL_LEVEL),
                List.copyOf(detected), str(item, ATTRIBUTION_LEVEL));
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(String v) {
        return AttributeValue.fromN(v);
    }

    private static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }
}
