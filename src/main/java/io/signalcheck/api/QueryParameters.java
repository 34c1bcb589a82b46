package io.signalcheck.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query string of a request, one value per name. The raw query string is preferred (it shows repeated
 * names, which API Gateway's map folds into one comma-joined value); the map is the fallback for events that
 * carry only it. Names a route does not accept are refused, so a typo never silently widens a listing.
 */
public final class QueryParameters {
    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static QueryParameters of(String rawQueryString, Map<String, String> decoded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQueryString != null && !rawQueryString.isEmpty()) {
            for (String pair : rawQueryString.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = formDecode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
                if (out.put(name, value) != null) {
                    throw ApiError.badRequest("invalid_parameter", "query parameter '" + name + "' is given more than once");
                }
            }
        } else if (decoded != null) {
            out.putAll(decoded);
        }
        return new QueryParameters(out);
    }

    /** Refuses any parameter the route does not accept. */
    public QueryParameters acceptedBy(Route route) {
        for (String name : values.keySet()) {
            if (!route.queryParameters().contains(name)) {
                String accepted = route.queryParameters().isEmpty() ? "none"
                        : String.join(", ", route.queryParameters());
                throw ApiError.badRequest("unknown_parameter", "unknown query parameter '" + name
                        + "' for " + route.method() + " " + route.openApiPath() + "; accepted: " + accepted);
            }
        }
        return this;
    }

    /** The value, or null when absent. */
    public String get(String name) {
        return values.get(name);
    }

    public Map<String, String> asMap() {
        return values;
    }

    private static String formDecode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_parameter", "the query string has a malformed percent-encoding");
        }
    }
}
