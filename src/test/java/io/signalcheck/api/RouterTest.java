package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {
    private final Router router = new Router();

    @Test
    void matchesTheThreeRoutes() {
        assertEquals(Route.LIST_SCORES, router.match("GET", "/scores").route());
        assertEquals(Route.SCORE_BODY, router.match("POST", "/score").route());
        Router.Match detail = router.match("GET", "/scores/news/2026/a%20b.html");
        assertEquals(Route.GET_SCORE, detail.route());
        assertEquals("news/2026/a%20b.html", detail.rawKey());
        assertNull(router.match("GET", "/scores").rawKey());
    }

    @Test
    void unknownPathsAre404() {
        for (String path : List.of("/", "/scores/", "/score/x", "/scoresx", "/Scores", "")) {
            ApiError e = assertThrows(ApiError.class, () -> router.match("GET", path), path);
            assertEquals(404, e.status(), path);
            assertEquals("route_not_found", e.code());
        }
    }

    @Test
    void wrongMethodIs405WithAllow() {
        ApiError e = assertThrows(ApiError.class, () -> router.match("POST", "/scores"));
        assertEquals(405, e.status());
        assertEquals(List.of("GET"), e.allow());
        assertEquals(List.of("POST"), assertThrows(ApiError.class, () -> router.match("GET", "/score")).allow());
        assertEquals(List.of("GET"), assertThrows(ApiError.class, () -> router.match("DELETE", "/scores/a.txt")).allow());
    }
}
