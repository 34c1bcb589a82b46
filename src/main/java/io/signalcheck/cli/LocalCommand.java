package io.signalcheck.cli;

import io.signalcheck.local.LocalConfig;
import io.signalcheck.local.LocalStack;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code local}: the whole pipeline on this machine, no Docker, no AWS. Runs until Ctrl-C (SIGINT/SIGTERM),
 * then stops every child process. Exit 2 with a one-line reason when a prerequisite or a setting is wrong.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Run S3 (S3Proxy), DynamoDB (dynalite), the scoring handler and the scores API on 127.0.0.1.",
                "Ctrl-C stops everything; data stays in --data-dir."})
public final class LocalCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where objects, the table and state live (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of(".signalcheck");

    @Option(names = "--s3-port", paramLabel = "PORT", description = "S3 endpoint port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int s3Port = 4566;

    @Option(names = "--api-port", paramLabel = "PORT", description = "Scores API port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int apiPort = 3000;

    @Option(names = "--dynamodb-port", paramLabel = "PORT",
            description = "dynalite port, 0 for any free one (default: ${DEFAULT-VALUE}); unused when AWS_ENDPOINT_URL_DYNAMODB is set.")
    int dynamoPort = 8000;

    @Option(names = "--bucket", description = "Bucket whose uploads are scored (default: ${DEFAULT-VALUE}).")
    String bucket = "articles";

    @Option(names = "--table", description = "Scores table (default: ${DEFAULT-VALUE}).")
    String table = "signalcheck-scores";

    @Option(names = "--reset", description = "Wipe the data dir first (only one created by 'local').")
    boolean reset;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        for (int p : new int[] {s3Port, apiPort, dynamoPort}) {
            if (p < 0 || p > 65535) {
                err.println("signalcheck local: invalid port " + p);
                return 2;
            }
        }
        String externalDynamo = System.getenv("AWS_ENDPOINT_URL_DYNAMODB");
        if (externalDynamo != null && externalDynamo.isBlank()) {
            externalDynamo = null;
        }
        LocalConfig config = new LocalConfig(dataDir, s3Port, apiPort, dynamoPort, bucket, table, reset, externalDynamo);
        long t0 = System.nanoTime();
        LocalStack stack;
        try {
            stack = LocalStack.start(config, out);
        } catch (IllegalStateException | IllegalArgumentException e) {
            err.println("signalcheck local: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("signalcheck local: could not start: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("signalcheck local: stopping");
            stack.close();
            out.println("signalcheck local: stopped");
            stopped.countDown();
        }, "signalcheck-local-shutdown"));
        printBanner(out, stack);
        StringBuilder steps = new StringBuilder();
        stack.startupMillis().forEach((step, ms) -> steps.append(steps.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f s", step, ms / 1000.0)));
        out.printf(Locale.ROOT, "signalcheck local: ready in %.1f s (%s; partly in parallel)%n",
                (System.nanoTime() - t0) / 1e9, steps);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void printBanner(PrintStream out, LocalStack stack) {
        LocalConfig c = stack.config();
        String s3 = stack.s3Endpoint();
        String api = stack.apiEndpoint();
        out.println("signalcheck local: the pipeline runs on this machine (no AWS, no Docker)");
        out.println("  S3         " + s3 + "   bucket " + c.bucket() + "   (credentials test/test, region "
                + LocalConfig.REGION + ", path-style)");
        out.println("  DynamoDB   " + stack.dynamoEndpoint() + "   table " + c.table()
                + (stack.ownsDynamo() ? "   (dynalite)" : "   (from AWS_ENDPOINT_URL_DYNAMODB)"));
        out.println("  API        " + api + "   GET /scores, GET /scores/{key}, POST /score");
        out.println("  data       " + stack.dataDir().root() + "   (logs in logs/)");
        out.println("  drop folder " + stack.dataDir().bucketFolder(c.bucket()) + "   (files copied here are scored too)");
        out.println("try:");
        out.println("  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=" + LocalConfig.REGION);
        out.println("  aws --endpoint-url " + s3 + " s3 cp article.html s3://" + c.bucket() + "/");
        out.println("  curl " + api + "/scores/article.html");
        out.println("  curl " + api + "/scores");
        out.println("  aws --endpoint-url " + s3 + " s3 rm s3://" + c.bucket() + "/article.html");
        out.println("  curl -X POST -H 'Content-Type: text/plain' --data-binary @article.txt " + api + "/score");
        out.println("Ctrl-C stops everything; the data stays (start again to find it, --reset to wipe it).");
    }
}
