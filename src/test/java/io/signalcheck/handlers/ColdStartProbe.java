package io.signalcheck.handlers;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Run in a fresh JVM by {@link HandlerFiguresTest}, configured only by the environment as Lambda would:
 * times the handler's no-arg constructor, its first invocation, and later invocations, then prints one line
 * {@code FIGURES {...}}. Arguments: bucket, then the keys to score (the first is the cold one).
 */
public final class ColdStartProbe {
    private ColdStartProbe() {}

    public static void main(String[] args) {
        long mainAt = System.currentTimeMillis();
        long t0 = System.nanoTime();
        S3ScoringHandler handler = new S3ScoringHandler();
        long t1 = System.nanoTime();
        String bucket = args[0];
        handler.handleRequest(event(bucket, args[1], 1), null);
        long t2 = System.nanoTime();
        List<Double> warm = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            long s = System.nanoTime();
            handler.handleRequest(event(bucket, args[i], i), null);
            warm.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(warm);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(java.util.Locale.ROOT,
                "FIGURES {\"jvmStartToMainMs\":%d,\"constructorMs\":%.1f,\"firstInvocationMs\":%.1f,"
                        + "\"warmMedianMs\":%.1f,\"warmMaxMs\":%.1f,\"warmCount\":%d}%n",
                mainAt - jvmStart, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                warm.isEmpty() ? 0.0 : warm.get(warm.size() / 2), warm.isEmpty() ? 0.0 : warm.get(warm.size() - 1),
                warm.size());
    }

    private static S3Event event(String bucket, String key, long n) {
        return S3Events.of(S3Events.created(bucket, key, 0, null, S3Events.sequencer(n)));
    }
}
