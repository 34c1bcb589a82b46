package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalcheck.signals.Signal;
import io.signalcheck.testing.LocalServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Lambda entry point in a fresh JVM, configured only by environment variables as the template sets them:
 * the table from SCORES_TABLE, the endpoint from the SDK's own AWS_ENDPOINT_URL_DYNAMODB.
 */
class LambdaConstructorTest {
    private static final String KEY = "lambda-constructor-test-key-0123456789";

    private static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LambdaInitProbe.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_ENDPOINT_URL") || k.equals("SCORES_TABLE")
                || k.equals("PAGE_TOKEN_KEY") || k.equals("SIGNALCHECK_LOCAL") || k.equals("MAX_BODY_BYTES"));
        pb.environment().put("AWS_ACCESS_KEY_ID", "test");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "test");
        pb.environment().put("AWS_REGION", "us-east-1");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("probe did not finish");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {}

    @Test
    void servesFromTheTableNamedInTheEnvironment() throws Exception {
        ApiFixture fixture = new ApiFixture();
        fixture.put("env/ünïcode key.txt", "de", 0.66, Set.of(Signal.IMPERSONATION), Instant.parse("2026-11-02T10:00:00Z"));
        Result r = run(Map.of("SCORES_TABLE", fixture.table, "PAGE_TOKEN_KEY", KEY,
                "AWS_ENDPOINT_URL_DYNAMODB", LocalServers.dynamo().endpoint()), "/scores", "limit=1");
        assertEquals(0, r.exit(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("{\"initMs\"")).findFirst().orElseThrow(
                () -> new AssertionError("no probe output: " + r.out() + r.err()));
        JsonNode result = new ObjectMapper().readTree(line);
        assertEquals(200, result.path("status").asInt(), line);
        assertEquals("env/ünïcode key.txt", result.path("body").path("items").get(0).path("key").asText());
        System.out.println("fresh-JVM handler init " + result.path("initMs").asLong() + " ms, first GET /scores "
                + result.path("firstRequestMs").asLong() + " ms");
    }

    @Test
    void refusesToStartWithoutAPageTokenKey() throws Exception {
        Result r = run(Map.of("SCORES_TABLE", "t", "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9"), "/scores");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("PAGE_TOKEN_KEY is not set"), r.err());
    }
}
