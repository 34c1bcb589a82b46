package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalcheck.report.ReportJson;
import java.time.Instant;

/**
 * One JSON line per unexpected failure, with the request id the caller was given, so an operator can find the
 * cause of a 500 the caller only saw as a generic message.
 */
final class ErrorLog {
    private ErrorLog() {}

    private static final int FRAMES = 15;
    private static final int CAUSES = 4;

    /** The trace cut to the frames that locate a fault (the runtime's own frames below add nothing). */
    static String trace(Throwable e) {
        StringBuilder out = new StringBuilder();
        Throwable t = e;
        for (int depth = 0; t != null && depth < CAUSES; depth++, t = t.getCause()) {
            out.append(depth == 0 ? "" : "Caused by: ").append(t).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, FRAMES); i++) {
                out.append("\tat ").append(frames[i]).append('\n');
            }
            if (frames.length > FRAMES) {
                out.append("\t... ").append(frames.length - FRAMES).append(" more\n");
            }
        }
        return out.toString();
    }

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
        line.put("stackTrace", trace(e));
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line.toString(), LogLevel.ERROR);
        } else {
            System.err.println(line);
        }
    }
}
