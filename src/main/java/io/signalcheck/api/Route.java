package io.signalcheck.api;

import java.util.List;

/**
 * The API's routes. {@code routeKey} is API Gateway's spelling (the template's), {@code openApiPath} the
 * OpenAPI one ({@code {key+}} is an API Gateway greedy parameter; OpenAPI has no such syntax).
 */
public enum Route {
    LIST_SCORES("GET", "/scores", "/scores",
            List.of("language", "signal", "minScore", "since", "limit", "nextToken")),
    GET_SCORE("GET", "/scores/{key+}", "/scores/{key}", List.of()),
    SCORE_BODY("POST", "/score", "/score", List.of());

    private final String method;
    private final String path;
    private final String openApiPath;
    private final List<String> queryParameters;

    Route(String method, String path, String openApiPath, List<String> queryParameters) {
        this.method = method;
        this.path = path;
        this.openApiPath = openApiPath;
        this.queryParameters = queryParameters;
    }

    public String method() {
        return method;
    }

    /** API Gateway route key, e.g. {@code GET /scores/{key+}}. */
    public String routeKey() {
        return method + " " + path;
    }

    public String openApiPath() {
        return openApiPath;
    }

    /** The query parameters this route accepts; any other is refused with 400. */
    public List<String> queryParameters() {
        return queryParameters;
    }
}
