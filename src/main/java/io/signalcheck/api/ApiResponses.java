package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalcheck.report.ReportJson;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds every response the API sends: JSON body, UTF-8 content type, the request id header. */
public final class ApiResponses {
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    public static final String REQUEST_ID_HEADER = "x-request-id";

    private ApiResponses() {}

    public static APIGatewayV2HTTPResponse ok(JsonNode body, String requestId) {
        return json(200, body, requestId, Map.of());
    }

    public static APIGatewayV2HTTPResponse error(ApiError error, String requestId) {
        ObjectNode body = ReportJson.mapper().createObjectNode();
        ObjectNode inner = body.putObject("error");
        inner.put("code", error.code());
        inner.put("message", error.getMessage());
        inner.put("requestId", requestId);
        Map<String, String> extra = error.allow().isEmpty() ? Map.of() : Map.of("allow", String.join(", ", error.allow()));
        return json(error.status(), body, requestId, extra);
    }

    private static APIGatewayV2HTTPResponse json(int status, JsonNode body, String requestId, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", CONTENT_TYPE);
        headers.put(REQUEST_ID_HEADER, requestId);
        // scores change as objects are re-uploaded: never serve them from a cache
        headers.put("cache-control", "no-store");
        headers.putAll(extra);
        APIGatewayV2HTTPResponse response = new APIGatewayV2HTTPResponse();
        response.setStatusCode(status);
        response.setHeaders(headers);
        response.setIsBase64Encoded(false);
        try {
            response.setBody(ReportJson.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }
}
