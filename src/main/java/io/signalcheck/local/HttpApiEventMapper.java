package io.signalcheck.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates between HTTP and API Gateway HTTP API payload format 2.0, as API Gateway does: lower-case
 * headers with repeats joined by commas, cookies in their own field, query parameters and path parameters
 * decoded, the body as text for textual content types and base64 otherwise; and back from the response.
 * Routes are those of the scores API; anything else goes to the handler as {@code $default}.
 */
public final class HttpApiEventMapper {
    /** A route of the API: method and path template, with at most one greedy {name+} at the end. */
    record Route(String method, String template) {
        String routeKey() {
            return method + " " + template;
        }
    }

    static final List<Route> ROUTES = List.of(new Route("GET", "/scores"), new Route("GET", "/scores/{key+}"),
            new Route("POST", "/score"));
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String apiId;

    public HttpApiEventMapper(String apiId) {
        this.apiId = apiId;
    }

    /**
     * @throws IllegalArgumentException when the path has malformed percent-encoding (API Gateway answers 400)
     */
    public APIGatewayV2HTTPEvent toEvent(HttpApiRequest req, String requestId, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        req.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                for (String v : values) {
                    for (String c : v.split(";")) {
                        if (!c.isBlank()) {
                            cookies.add(c.strip());
                        }
                    }
                }
            } else {
                headers.merge(lower, String.join(",", values), (a, b) -> a + "," + b);
            }
        });
        String rawQuery = req.rawQuery() == null ? "" : req.rawQuery();
        Map<String, String> query = parseQuery(rawQuery);

        String routeKey = "$default";
        Map<String, String> pathParams = null;
        for (Route r : ROUTES) {
            Map<String, String> params = match(r, req.method(), req.rawPath());
            if (params != null) {
                routeKey = r.routeKey();
                pathParams = params.isEmpty() ? null : params;
                break;
            }
        }

        String body = null;
        boolean base64 = false;
        if (req.body() != null && req.body().length > 0) {
            String text = isTextual(headers.get("content-type")) ? strictUtf8(req.body()) : null;
            if (text != null) {
                body = text;
            } else {
                body = Base64.getEncoder().encodeToString(req.body());
                base64 = true;
            }
        }

        APIGatewayV2HTTPEvent.RequestContext.Http http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(req.method()).withPath(req.rawPath()).withProtocol("HTTP/1.1")
                .withSourceIp(req.sourceIp()).withUserAgent(headers.get("user-agent")).build();
        String domain = req.host() == null ? "127.0.0.1" : req.host();
        APIGatewayV2HTTPEvent.RequestContext ctx = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withAccountId("000000000000").withApiId(apiId).withDomainName(domain)
                .withDomainPrefix(domain.split("[.:]")[0]).withRequestId(requestId).withRouteKey(routeKey)
                .withStage("$default").withTime(REQUEST_TIME.format(now)).withTimeEpoch(now.toEpochMilli())
                .withHttp(http).build();
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(routeKey)
                .withRawPath(req.rawPath()).withRawQueryString(rawQuery)
                .withCookies(cookies.isEmpty() ? null : cookies).withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : query).withPathParameters(pathParams)
                .withBody(body).withIsBase64Encoded(base64).withRequestContext(ctx).build();
    }

    /** The HTTP reply for a handler's response; a missing status means 200, as API Gateway assumes. */
    public HttpApiReply toReply(APIGatewayV2HTTPResponse response, String requestId) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((k, v) -> headers.computeIfAbsent(k.toLowerCase(Locale.ROOT),
                    x -> new ArrayList<>()).add(v));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((k, vs) -> headers.computeIfAbsent(k.toLowerCase(Locale.ROOT),
                    x -> new ArrayList<>()).addAll(vs));
        }
        if (response.getCookies() != null) {
            headers.computeIfAbsent("set-cookie", x -> new ArrayList<>()).addAll(response.getCookies());
        }
        headers.putIfAbsent("apigw-requestid", List.of(requestId));
        byte[] body;
        if (response.getBody() == null) {
            body = new byte[0];
        } else if (response.getIsBase64Encoded()) {
            body = Base64.getDecoder().decode(response.getBody());
        } else {
            body = response.getBody().getBytes(StandardCharsets.UTF_8);
        }
        if (body.length > 0) {
            headers.putIfAbsent("content-type", List.of("application/json"));
        }
        int status = response.getStatusCode() == 0 ? 200 : response.getStatusCode();
        return new HttpApiReply(status, headers, body);
    }

    /** API Gateway's own answer when it cannot get a response from the integration. */
    public static HttpApiReply gatewayError(int status, String message, String requestId) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("content-type", List.of("application/json"));
        headers.put("apigw-requestid", List.of(requestId));
        String json = "{\"message\":\"" + message + "\"}";
        return new HttpApiReply(status, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Path parameters when the route matches (empty map for a route without any), else null. */
    static Map<String, String> match(Route route, String method, String rawPath) {
        if (!route.method().equals(method)) {
            return null;
        }
        String t = route.template();
        int brace = t.indexOf('{');
        if (brace < 0) {
            return t.equals(rawPath) ? Map.of() : null;
        }
        String prefix = t.substring(0, brace);
        if (!rawPath.startsWith(prefix) || rawPath.length() == prefix.length()) {
            return null;
        }
        String name = t.substring(brace + 1, t.length() - (t.endsWith("+}") ? 2 : 1));
        String rest = rawPath.substring(prefix.length());
        if (!t.endsWith("+}") && rest.contains("/")) {
            return null;
        }
        return Map.of(name, decodePath(rest));
    }

    /** Percent-decoding for a path: '+' stays a plus (only forms use it for a space). */
    static String decodePath(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Query parameters decoded; a repeated name gets its values joined by commas, as in payload 2.0. */
    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = formDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
            out.merge(name, value, (a, b) -> a + "," + b);
        }
        return out;
    }

    private static String formDecode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s; // API Gateway passes a malformed query value through rather than failing the request
        }
    }

    /** Content types API Gateway passes as text; everything else (and no type) travels base64-encoded. */
    static boolean isTextual(String contentType) {
        if (contentType == null) {
            return false;
        }
        String ct = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return ct.startsWith("text/") || ct.equals("application/json") || ct.endsWith("+json")
                || ct.equals("application/xml") || ct.endsWith("+xml") || ct.equals("application/javascript")
                || ct.equals("application/x-www-form-urlencoded") || ct.equals("application/yaml");
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
