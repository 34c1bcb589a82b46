package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalcheck.ArticleScorer;
import io.signalcheck.report.Attribution;
import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.Overall;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.report.SourceCounts;
import io.signalcheck.signals.Signal;
import io.signalcheck.store.DynamoScoreStore;
import io.signalcheck.store.ObjectMeta;
import io.signalcheck.store.ScoresTable;
import io.signalcheck.store.StoredScore;
import io.signalcheck.store.WriteOutcome;
import io.signalcheck.testing.LocalServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A scores table of its own on the shared dynalite, the real store on it, and the real handler on that store.
 * Reports are built by hand so that languages, detected signals and scores are exactly what a test lists.
 */
final class ApiFixture {
    static final byte[] KEY = "fixture-page-token-key-32-bytes!".getBytes(StandardCharsets.UTF_8);
    static final ArticleScorer SCORER = new ArticleScorer();
    private static final ObjectMapper JSON = new ObjectMapper();

    final String table = "scores-" + UUID.randomUUID();
    final DynamoScoreStore store;
    final ScoresApiHandler handler;
    private long sequencer = 0x1000;

    ApiFixture() {
        ScoresTable.create(LocalServers.dynamoClient(), table);
        store = new DynamoScoreStore(LocalServers.dynamoClient(), table);
        handler = new ScoresApiHandler(store, SCORER, KEY, 64 * 1024);
    }

    /** The same table, read by a handler whose clock is fixed (for token expiry). */
    ScoresApiHandler handlerAt(Instant now) {
        return new ScoresApiHandler(store, SCORER,
                new PageTokenCodec(KEY, Duration.ofHours(1), Clock.fixed(now, java.time.ZoneOffset.UTC)), 64 * 1024);
    }

    /** Stores a scored report for {@code key}; returns what was stored. */
    StoredScore put(String key, String language, double overall, Set<Signal> detected, Instant scoredAt) {
        ScoreReport report = report(key, language, overall, detected);
        ObjectMeta meta = new ObjectMeta("articles", key, "\"etag-" + sequencer + "\"", 2048 + key.length(),
                null, String.format("%016X", sequencer++));
        StoredScore score = new StoredScore(meta, report.status(), scoredAt, report.rulesVersion(), false, report);
        if (store.putScore(score) != WriteOutcome.WRITTEN) {
            throw new IllegalStateException("fixture write refused for " + key);
        }
        return score;
    }

    void delete(String key, Instant at) {
        ObjectMeta meta = new ObjectMeta("articles", key, null, 0, null, String.format("%016X", sequencer++));
        if (store.markDeleted(meta, at) != WriteOutcome.WRITTEN) {
            throw new IllegalStateException("fixture delete refused for " + key);
        }
    }

    APIGatewayV2HTTPResponse call(Route route, APIGatewayV2HTTPEvent event) {
        return call(handler, route, event);
    }

    /** Invokes the handler and checks the response against docs/openapi.yaml. */
    static APIGatewayV2HTTPResponse call(ScoresApiHandler handler, Route route, APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        OpenApiContract.assertConforms(route, response);
        return response;
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String errorCode(APIGatewayV2HTTPResponse response) {
        return json(response).path("error").path("code").asText();
    }

    static ScoreReport report(String key, String language, double overall, Set<Signal> detected) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (Signal s : Signal.values()) {
            boolean on = detected.contains(s);
            List<Evidence> evidence = on
                    ? List.of(new Evidence("Sentence about " + s.id() + " in " + key + ".", 0, 30 + key.length(),
                            s.id(), language + "." + s.id() + ".test", false, false, null))
                    : List.of();
            indicators.put(s.id(), new Indicator(on ? 0.8 : 0.0, on, on ? 1 : 0, on ? List.of("T0089") : List.of(),
                    evidence));
        }
        Attribution attribution = new Attribution(0.5, "mixed", new SourceCounts(1, 1, 0), List.of(), List.of());
        String level = overall >= 0.66 ? "high" : overall >= 0.33 ? "medium" : "low";
        return new ScoreReport(ScoreReport.SCHEMA_VERSION, "test-rules", "s3://articles/" + key, "About " + key,
                language, 0.95, 400, ScoreReport.SCORED, null, List.of(), new Overall(overall, level), indicators,
                attribution);
    }
}
