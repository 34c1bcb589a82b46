package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.signalcheck.ArticleScorer;
import io.signalcheck.report.ReportJson;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.store.ScorePage;
import io.signalcheck.store.DynamoScoreStore;
import io.signalcheck.store.ScoreQuery;
import io.signalcheck.store.ScoreStore;
import io.signalcheck.store.StoredScore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The scores API behind an API Gateway HTTP API (payload format 2.0): {@code GET /scores}, {@code GET
 * /scores/{key+}}, {@code POST /score}. Every answer is JSON with an {@code x-request-id} header; failures are
 * {@code {"error":{"code","message","requestId"}}} and never show internals. The local stack calls the same
 * handler through its HTTP translator.
 */
public final class ScoresApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    /** What {@code POST /score} reports as the report's {@code input}: the body has no name of its own. */
    public static final String POSTED_INPUT = "api:request";
    /** The environment variables this function reads (the template test checks the template sets each). */
    public static final List<String> ENVIRONMENT = ApiEnvironment.ALL;

    private final ScoreStore store;
    private final ArticleScorer scorer;
    private final PageTokenCodec tokens;
    private final BodyDecoder bodies;
    private final Router router = new Router();

    /**
     * For Lambda: settings from the environment ({@link ApiEnvironment}), one DynamoDB client on the lean
     * URL-connection HTTP client (region and endpoint from the SDK's standard AWS_REGION /
     * AWS_ENDPOINT_URL_DYNAMODB), rules compiled once. Fails at init, naming the variable, when one is missing.
     */
    public ScoresApiHandler() {
        this(ApiEnvironment.read(System.getenv()));
    }

    private ScoresApiHandler(ApiEnvironment.Settings settings) {
        this(new DynamoScoreStore(DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build(),
                settings.tableName()), new ArticleScorer(), settings.pageTokenKey(), settings.maxBodyBytes());
        if (settings.generatedKey()) {
            System.err.println("signalcheck API: " + ApiEnvironment.PAGE_TOKEN_KEY + " not set, local mode: "
                    + "page tokens are signed with a random key and do not survive a restart");
        }
    }

    /** For the local stack and tests: the given store and scorer, tokens that last {@link PageTokenCodec#DEFAULT_TTL}. */
    public ScoresApiHandler(ScoreStore store, ArticleScorer scorer, byte[] pageTokenKey, long maxBodyBytes) {
        this(store, scorer, new PageTokenCodec(pageTokenKey, PageTokenCodec.DEFAULT_TTL, Clock.systemUTC()), maxBodyBytes);
    }

    ScoresApiHandler(ScoreStore store, ArticleScorer scorer, PageTokenCodec tokens, long maxBodyBytes) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        this.store = store;
        this.scorer = scorer;
        this.tokens = tokens;
        this.bodies = new BodyDecoder(maxBodyBytes);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String requestId = RequestIds.of(event);
        ApiRequest request = null;
        try {
            request = ApiRequest.from(event);
            Router.Match match = router.match(request.method(), request.path());
            QueryParameters query = request.query().acceptedBy(match.route());
            JsonNode body = switch (match.route()) {
                case LIST_SCORES -> list(ListRequest.from(query));
                case GET_SCORE -> get(objectKey(request, match));
                case SCORE_BODY -> score(request);
            };
            return ApiResponses.ok(body, requestId);
        } catch (ApiError e) {
            return ApiResponses.error(e, requestId);
        } catch (RuntimeException e) {
            ErrorLog.unexpected(context, requestId, request, e);
            return ApiResponses.error(ApiError.internal(), requestId);
        }
    }

    private JsonNode list(ListRequest request) {
        ListFilters f = request.filters();
        String cursor = request.nextToken() == null ? null : tokens.open(request.nextToken(), f);
        ScorePage page = store.list(new ScoreQuery(f.language(), f.signal(), f.minScore(), f.since(),
                request.limit(), cursor));
        String next = page.nextCursor() == null ? null : tokens.issue(page.nextCursor(), f);
        return SummaryView.page(page.items(), next);
    }

    private JsonNode get(String key) {
        Optional<StoredScore> found = store.get(key);
        if (found.isEmpty()) {
            throw ApiError.notFound("not_found", "no score for key '" + key + "'");
        }
        StoredScore score = found.get();
        if (score.deleted()) {
            throw ApiError.notFound("deleted", "the object '" + key + "' was deleted"
                    + (score.scoredAt() == null ? "" : " (at " + score.scoredAt() + ")"));
        }
        return ScoreDetailView.of(score);
    }

    private JsonNode score(ApiRequest request) {
        BodyDecoder.DecodedBody body = bodies.decode(request.header("content-type"), request.body(), request.base64());
        ScoreReport report = scorer.score(body.bytes(), POSTED_INPUT);
        return ReportJson.mapper().valueToTree(report);
    }

    /** API Gateway's {key+} parameter when the route filled it, else the tail of the path. */
    private static String objectKey(ApiRequest request, Router.Match match) {
        String fromGateway = request.pathParameters().get("key");
        return ObjectKeyDecoder.decode(fromGateway != null && !fromGateway.isEmpty() ? fromGateway : match.rawKey());
    }
}
