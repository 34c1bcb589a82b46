package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** HTTP API 2.0 events as API Gateway builds them for the tests: method, raw path and query, headers, body. */
final class HttpEvents {
    private HttpEvents() {}

    static APIGatewayV2HTTPEvent get(String rawPath, String rawQuery) {
        return event("GET", rawPath, rawQuery, Map.of(), null, false);
    }

    static APIGatewayV2HTTPEvent post(String rawPath, String contentType, String body, boolean base64) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        return event("POST", rawPath, null, headers, body, base64);
    }

    static APIGatewayV2HTTPEvent event(String method, String rawPath, String rawQuery, Map<String, String> headers,
                                       String body, boolean base64) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath(rawPath);
        http.setProtocol("HTTP/1.1");
        http.setSourceIp("127.0.0.1");
        APIGatewayV2HTTPEvent.RequestContext ctx = new APIGatewayV2HTTPEvent.RequestContext();
        ctx.setHttp(http);
        ctx.setRequestId("test-" + UUID.randomUUID());
        ctx.setStage("$default");
        ctx.setRouteKey("$default");
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey("$default");
        event.setRawPath(rawPath);
        event.setRawQueryString(rawQuery == null ? "" : rawQuery);
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putIfAbsent("host", "127.0.0.1");
        event.setHeaders(all);
        event.setBody(body);
        event.setIsBase64Encoded(base64);
        event.setRequestContext(ctx);
        return event;
    }
}
