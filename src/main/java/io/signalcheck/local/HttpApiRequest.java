package io.signalcheck.local;

import java.util.List;
import java.util.Map;

/** An HTTP request as received, before it becomes an API Gateway event: raw (still encoded) path and query. */
public record HttpApiRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                             byte[] body, String sourceIp, String host) {}
