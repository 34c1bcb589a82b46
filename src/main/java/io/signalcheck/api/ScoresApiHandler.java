package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.signalcheck.ArticleScorer;
import io.signalcheck.report.ReportJson;
import io.signalcheck.store.ScoreQuery;
import io.signalcheck.store.ScoreStore;
import io.signalcheck.store.StoredScore;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** TEMP stand-in (branch local only; the real one comes from branch api). */
public final class ScoresApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = ReportJson.mapper().copy()
            .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(
                    java.time.Instant.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer()));
    private final ScoreStore store;
    private final ArticleScorer scorer;

    public ScoresApiHandler(ScoreStore store, ArticleScorer scorer, byte[] pageTokenKey, long maxBodyBytes) {
        this.store = store;
        this.scorer = scorer;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent e, Context context) {
        try {
            switch (e.getRouteKey()) {
                case "GET /scores":
                    return ok(store.list(new ScoreQuery(null, null, null, null, 100, null)));
                case "GET /scores/{key+}":
                    Optional<StoredScore> s = store.get(e.getPathParameters().get("key"));
                    return s.isEmpty() || s.get().deleted() ? reply(404, Map.of("error", Map.of("code", "not_found")))
                            : ok(s.get());
                case "POST /score":
                    byte[] body = e.getIsBase64Encoded() ? Base64.getDecoder().decode(e.getBody())
                            : e.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    return ok(scorer.score(body, "request"));
                default:
                    return reply(404, Map.of("error", Map.of("code", "not_found")));
            }
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static APIGatewayV2HTTPResponse ok(Object body) throws JsonProcessingException {
        return reply(200, body);
    }

    private static APIGatewayV2HTTPResponse reply(int status, Object body) throws JsonProcessingException {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody(MAPPER.writeValueAsString(body)).build();
    }
}
