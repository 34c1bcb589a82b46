package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalcheck.report.ReportJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;

/**
 * One JSON line per unexpected failure, with the request id the caller was given, so an operator can find the
 * cause of a 500 the caller only saw as a generic message.
 */
final class ErrorLog {
    private ErrorLog() {}

    static void unexpected(Context context, String requestId, ApiRequest request, Throwable e) {
        ObjectNode line = ReportJson.mapper().createObjectNode();
        line.put("timestamp", Instant.now().toString());
        line.put("level", "ERROR");
        line.put("logger", "io.signalcheck.api");
        line.put("message", "request failed with an unexpected exception");
        line.put("requestId", requestId);
        if (request != null) {
            line.put("method", request.method());
            line.put("path", request.path());
        }
        line.put("exception", e.getClass().getName());
        line.put("exceptionMessage", String.valueOf(e.getMessage()));
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        line.put("stackTrace", trace.toString());
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line.toString(), LogLevel.ERROR);
        } else {
            System.err.println(line);
        }
    }
}
