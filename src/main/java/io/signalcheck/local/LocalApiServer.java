package io.signalcheck.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.signalcheck.api.ApiError;
import io.signalcheck.api.ApiResponses;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scores API on 127.0.0.1, standing in for API Gateway: each HTTP request becomes an HTTP API 2.0 event
 * for the API handler (in-process), and its response goes back on the wire. Uses the JDK's HTTP server.
 */
public final class LocalApiServer implements AutoCloseable {
    /** API Gateway's request payload limit for HTTP APIs; larger bodies get 413 before the handler runs. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService pool;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final HttpApiEventMapper mapper = new HttpApiEventMapper("local");
    private final PrintStream log;

    public LocalApiServer(int port, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                          PrintStream log) throws IOException {
        this.handler = handler;
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "signalcheck-api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::serve);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        HttpApiReply reply;
        Throwable fatal = null;
        try {
            reply = handle(exchange, requestId);
        } catch (Throwable e) {
            // the handler should answer every error itself; whatever escapes it (an Error included) still gets
            // the API's JSON 500 rather than a dropped connection, and the details stay in the log
            log.println("signalcheck local: API request " + requestId + " failed for " + exchange.getRequestMethod()
                    + " " + exchange.getRequestURI().getRawPath() + ": " + e);
            reply = internalError(requestId);
            // a stack overflow has unwound by now; other VM errors (out of memory...) go on up after the reply
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                fatal = e;
            }
        }
        try {
            send(exchange, reply);
        } finally {
            if (fatal instanceof Error error) {
                throw error;
            }
        }
    }

    /** The API's own error shape, as its handler answers an unexpected failure: no internals, the request id. */
    private HttpApiReply internalError(String requestId) {
        return mapper.toReply(ApiResponses.error(ApiError.internal(), requestId), requestId);
    }

    private static void send(HttpExchange exchange, HttpApiReply reply) throws IOException {
        try (exchange) {
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().put(k, List.copyOf(v)));
            boolean noBody = reply.body().length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    private HttpApiReply handle(HttpExchange exchange, String requestId) throws IOException {
        byte[] body = readBounded(exchange.getRequestBody());
        if (body == null) {
            return HttpApiEventMapper.gatewayError(413, "Request Entity Too Large", requestId);
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        HttpApiRequest req = new HttpApiRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress().getAddress().getHostAddress(), host);
        APIGatewayV2HTTPEvent event;
        try {
            event = mapper.toEvent(req, requestId, Instant.now());
        } catch (IllegalArgumentException malformedPath) {
            return HttpApiEventMapper.gatewayError(400, "Bad Request", requestId);
        }
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new LocalLambdaContext("ApiFunction",
                requestId, log));
        if (response == null) {
            return HttpApiEventMapper.gatewayError(500, "Internal Server Error", requestId);
        }
        return mapper.toReply(response, requestId);
    }

    /** The whole body, or null when it is over API Gateway's payload limit. */
    private static byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            int total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > MAX_PAYLOAD_BYTES) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
