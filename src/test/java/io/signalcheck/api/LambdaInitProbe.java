package io.signalcheck.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * Run in a fresh JVM by {@link LambdaConstructorTest}: builds the handler the way Lambda does (no-arg
 * constructor, environment only), serves one request, and prints the timings and the answer as one JSON line.
 */
public final class LambdaInitProbe {
    private LambdaInitProbe() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        ScoresApiHandler handler = new ScoresApiHandler();
        long built = System.nanoTime();
        APIGatewayV2HTTPResponse r = handler.handleRequest(HttpEvents.get(args[0], args.length > 1 ? args[1] : null), null);
        long answered = System.nanoTime();
        System.out.println("{\"initMs\":" + (built - start) / 1_000_000 + ",\"firstRequestMs\":"
                + (answered - built) / 1_000_000 + ",\"status\":" + r.getStatusCode() + ",\"body\":" + r.getBody() + "}");
    }
}
