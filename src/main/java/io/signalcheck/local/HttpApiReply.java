package io.signalcheck.local;

import java.util.List;
import java.util.Map;

/** What goes back on the wire for an API Gateway response: status, headers (lower-case names), body bytes. */
public record HttpApiReply(int status, Map<String, List<String>> headers, byte[] body) {}
