package io.signalcheck.api;

import java.util.List;

/**
 * Maps a method and a request path to a route. A path that matches no route gives 404; a known path with the
 * wrong method gives 405 with the methods it allows. The object key of {@code /scores/{key+}} is everything after
 * {@code /scores/}, slashes included, decoded by {@link ObjectKeyDecoder}.
 */
public final class Router {
    private static final String SCORES = "/scores";
    private static final String SCORES_PREFIX = "/scores/";
    private static final String SCORE = "/score";

    /** A matched route; {@code rawKey} is the undecoded key for {@link Route#GET_SCORE}, else null. */
    public record Match(Route route, String rawKey) {}

    public Match match(String method, String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        if (p.equals(SCORES)) {
            return require(Route.LIST_SCORES, method, null);
        }
        if (p.startsWith(SCORES_PREFIX) && p.length() > SCORES_PREFIX.length()) {
            return require(Route.GET_SCORE, method, p.substring(SCORES_PREFIX.length()));
        }
        if (p.equals(SCORE)) {
            return require(Route.SCORE_BODY, method, null);
        }
        throw ApiError.notFound("route_not_found", "no route for " + p + "; the API serves GET /scores, "
                + "GET /scores/{key} and POST /score");
    }

    private static Match require(Route route, String method, String rawKey) {
        if (!route.method().equals(method)) {
            throw ApiError.methodNotAllowed(method == null ? "(none)" : method, List.of(route.method()));
        }
        return new Match(route, rawKey);
    }
}
