package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Locale;
import java.util.Map;

/**
 * What the handler needs from an HTTP API 2.0 event, read defensively: the event may come from API Gateway,
 * {@code sam local}, or the local stack's HTTP translator, which do not fill the same fields.
 */
public record ApiRequest(String method, String path, String rawQueryString, Map<String, String> queryStringParameters,
                         Map<String, String> headers, Map<String, String> pathParameters, String body, boolean base64) {

    public static ApiRequest from(APIGatewayV2HTTPEvent event) {
        if (event == null) {
            throw ApiError.badRequest("bad_request", "the request could not be read");
        }
        APIGatewayV2HTTPEvent.RequestContext ctx = event.getRequestContext();
        String method = ctx != null && ctx.getHttp() != null ? ctx.getHttp().getMethod() : null;
        if (method == null && event.getRouteKey() != null && event.getRouteKey().contains(" ")) {
            method = event.getRouteKey().substring(0, event.getRouteKey().indexOf(' '));
        }
        String path = event.getRawPath();
        if (path == null && ctx != null && ctx.getHttp() != null) {
            path = ctx.getHttp().getPath();
        }
        path = withoutStage(path, ctx == null ? null : ctx.getStage());
        return new ApiRequest(method == null ? null : method.toUpperCase(Locale.ROOT), path,
                event.getRawQueryString(), event.getQueryStringParameters(),
                event.getHeaders() == null ? Map.of() : event.getHeaders(),
                event.getPathParameters() == null ? Map.of() : event.getPathParameters(),
                event.getBody(), event.getIsBase64Encoded());
    }

    /** The query string, parsed only once the route is known (an unknown path is a 404 whatever its query). */
    public QueryParameters query() {
        return QueryParameters.of(rawQueryString, queryStringParameters);
    }

    /** A header by name, case-insensitively (API Gateway lowercases names; other sources may not). */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A named stage (not {@code $default}) prefixes rawPath with its name; routes are matched without it. */
    private static String withoutStage(String path, String stage) {
        if (path == null || stage == null || stage.isEmpty() || stage.equals("$default")) {
            return path;
        }
        String prefix = "/" + stage;
        if (path.startsWith(prefix + "/score")) {
            return path.substring(prefix.length());
        }
        return path;
    }
}
