package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.UUID;

/** The id a caller quotes when reporting a problem: API Gateway's own when the event has one, else a fresh one. */
public final class RequestIds {
    private RequestIds() {}

    public static String of(APIGatewayV2HTTPEvent event) {
        if (event != null && event.getRequestContext() != null) {
            String id = event.getRequestContext().getRequestId();
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return UUID.randomUUID().toString();
    }
}
