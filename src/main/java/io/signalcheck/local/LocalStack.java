package io.signalcheck.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalcheck.ArticleScorer;
import io.signalcheck.api.ApiEnvironment;
import io.signalcheck.api.ScoresApiHandler;
import io.signalcheck.handlers.S3ScoringHandler;
import io.signalcheck.store.DynamoScoreStore;
import io.signalcheck.store.ScoresTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * The whole pipeline on one machine: S3Proxy and dynalite as child processes, the bucket and the table, the
 * scoring and API handlers in this JVM, the bucket notifier and the HTTP API. {@link #close()} stops all of it
 * (children included), in reverse order of start.
 */
public final class LocalStack implements AutoCloseable {
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final LocalConfig config;
    private final LocalDataDir dir;
    private String s3Endpoint;
    private String dynamoEndpoint;
    private LocalApiServer api;
    private final java.util.Map<String, Long> startupMillis = new java.util.LinkedHashMap<>();

    private LocalStack(LocalConfig config) {
        this.config = config;
        this.dir = new LocalDataDir(config.dataDir());
    }

    /**
     * Starts everything, or stops what it had started and throws: {@link IllegalStateException} when a
     * prerequisite is missing (Node.js, the fetched servers), {@link IllegalArgumentException} for bad settings
     * (a port in use, a data dir that is not ours), {@link IOException} for anything else.
     */
    public static LocalStack start(LocalConfig config, PrintStream log) throws IOException {
        LocalStack stack = new LocalStack(config);
        try {
            stack.startAll(log);
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(PrintStream log) throws IOException {
        dir.prepare(config.reset());
        boolean ownDynamo = config.dynamoEndpoint() == null;
        int s3Port = portOrFree(config.s3Port(), "--s3-port");
        int apiPort = portOrFree(config.apiPort(), "--api-port");
        int dynamoPort = ownDynamo ? portOrFree(config.dynamoPort(), "--dynamodb-port") : -1;
        // fail fast on missing prerequisites, before starting anything slow
        LocalHome.s3ProxyJar();
        if (ownDynamo) {
            LocalHome.dynaliteCli();
            NodeRuntime.nodeExecutable();
        }

        // the slow parts overlap: S3Proxy's JVM starts on one thread; the rules compile and the S3 client is built
        // (the SDK's first use is slow) on another; dynalite starts and the table is created on this one
        String s3Url = "http://127.0.0.1:" + s3Port;
        ExecutorService starters = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "signalcheck-start");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<S3ProxyServer> s3Server = CompletableFuture.supplyAsync(unchecked(() -> timed("S3Proxy",
                () -> S3ProxyServer.start(s3Port, dir.s3(), dir.logs().resolve("s3proxy.log")))), starters);
        CompletableFuture<Prepared> prepared = CompletableFuture.supplyAsync(unchecked(() -> new Prepared(
                timed("rules", ArticleScorer::new), timed("S3 client", () -> LocalClients.s3(s3Url)))), starters);
        starters.shutdown(); // both tasks run on; no more are taken

        Exception failure = null;
        DynamoDbClient ddb = null;
        try {
            if (ownDynamo) {
                DynaliteServer dynalite = timed("dynalite", () -> DynaliteServer.start(dynamoPort, dir.dynamodb(),
                        dir.logs().resolve("dynalite.log")));
                started.push(dynalite);
                dynamoEndpoint = dynalite.endpoint();
            } else {
                dynamoEndpoint = config.dynamoEndpoint();
            }
            DynamoDbClient client = LocalClients.dynamo(dynamoEndpoint);
            started.push(client);
            timed("table", () -> {
                ScoresTable.create(client, config.table());
                return null;
            });
            ddb = client;
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        // whatever happened above, collect what the other threads started, so close() stops it
        Prepared prep = null;
        try {
            S3ProxyServer s3proxy = await(s3Server);
            started.push(s3proxy);
            s3Endpoint = s3proxy.endpoint();
        } catch (IOException | RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        try {
            prep = await(prepared);
            started.push(prep.s3());
        } catch (IOException | RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        if (failure instanceof IOException io) {
            throw io;
        } else if (failure != null) {
            throw (RuntimeException) failure;
        }
        S3Client s3 = prep.s3();
        ArticleScorer scorer = prep.scorer();
        timed("bucket", () -> {
            createBucket(s3, config.bucket());
            return null;
        });

        // the same handlers as in Lambda, with the deployed defaults for the size limits
        DynamoScoreStore store = new DynamoScoreStore(ddb, config.table());
        S3ScoringHandler scoring = new S3ScoringHandler(s3, store, scorer, S3ScoringHandler.DEFAULT_MAX_OBJECT_BYTES);
        ScoresApiHandler apiHandler = timed("handlers", () -> new ScoresApiHandler(store, scorer, dir.pageTokenKey(),
                ApiEnvironment.DEFAULT_MAX_BODY_BYTES));

        ObjectMapper json = new ObjectMapper();
        BucketNotifier notifier = new BucketNotifier(s3, config.bucket(), scoring,
                new S3EventBuilder(json, LocalConfig.REGION, config.bucket()),
                NotifierState.load(dir.notifierState(config.bucket()), json), POLL_INTERVAL, dir.failed(), log);
        timed("notifier", () -> {
            notifier.start(dir.bucketFolder(config.bucket()));
            return null;
        });
        started.push(notifier);
        try {
            api = timed("API", () -> new LocalApiServer(apiPort, apiHandler, log));
        } catch (BindException e) {
            throw new IllegalArgumentException(portInUse(apiPort, "--api-port"));
        }
        started.push(api);
    }

    private static void createBucket(S3Client s3, String bucket) {
        try {
            s3.headBucket(h -> h.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            try {
                s3.createBucket(c -> c.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException raced) {
                // created meanwhile: fine
            }
        }
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    /** What the second start-up thread prepares. */
    private record Prepared(ArticleScorer scorer, S3Client s3) {}

    private static <T> java.util.function.Supplier<T> unchecked(Step<T> step) {
        return () -> {
            try {
                return step.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private <T> T timed(String what, Step<T> step) throws IOException {
        long t0 = System.nanoTime();
        T result = step.run();
        synchronized (startupMillis) {
            startupMillis.put(what, (System.nanoTime() - t0) / 1_000_000);
        }
        return result;
    }

    /** How long each start-up step took, for the ready line (S3Proxy, rules + S3 client, dynalite + table overlap). */
    public java.util.Map<String, Long> startupMillis() {
        synchronized (startupMillis) {
            return new java.util.LinkedHashMap<>(startupMillis);
        }
    }

    /** Checks the port is free now (a busy port would otherwise look like a started server), or picks one. */
    private static int portOrFree(int port, String flag) {
        if (port == 0) {
            return ManagedProcess.freePort();
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException busy) {
            throw new IllegalArgumentException(portInUse(port, flag));
        }
    }

    private static String portInUse(int port, String flag) {
        return "port " + port + " on 127.0.0.1 is already in use (another 'signalcheck local'?); choose another with "
                + flag + " PORT (0 picks a free one)";
    }

    private static <T> T await(CompletableFuture<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException ? e.getCause().getCause() : e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        }
    }

    public String s3Endpoint() { return s3Endpoint; }
    public String dynamoEndpoint() { return dynamoEndpoint; }
    public String apiEndpoint() { return api.endpoint(); }
    public LocalDataDir dataDir() { return dir; }
    public LocalConfig config() { return config; }
    public boolean ownsDynamo() { return config.dynamoEndpoint() == null; }

    /** Stops the API, the notifier, the clients and every child process; safe to call more than once. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable c = started.pop();
            try {
                c.close();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                // keep stopping the rest: a child left running is worse than a lost close error
            }
        }
    }
}
