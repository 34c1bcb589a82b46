package io.signalcheck.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.store.DynamoScoreStore;
import io.signalcheck.store.ScoresTable;
import io.signalcheck.testing.LocalServers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Figures for docs/DEPLOY.md: handler constructor time, first invocation and warm per-article time, measured in
 * a fresh JVM configured by environment variables only (as Lambda does) against S3Proxy and dynalite. Prints the
 * figures; asserts only that the fresh JVM succeeded and stored every article.
 * Run: {@code mvn -o -q test -Dtest=HandlerFiguresTest} and read the FIGURES lines.
 */
class HandlerFiguresTest {
    private static final int ARTICLES = 21;

    @Test
    void measuresColdAndWarmInvocationsInAFreshJvm() throws Exception {
        S3Client s3 = LocalServers.s3Client();
        DynamoDbClient dynamo = LocalServers.dynamoClient();
        String bucket = "figures-" + System.nanoTime() % 100000;
        String table = "scores-figures-" + System.nanoTime();
        s3.createBucket(b -> b.bucket(bucket));
        ScoresTable.create(dynamo, table);
        String article = SampleArticle.text();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String key = "articles/figures/article " + i + " é.html";
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(article, StandardCharsets.UTF_8));
            keys.add(key);
        }

        for (List<String> jvmFlags : List.of(List.<String>of(), List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))) {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmFlags);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStartProbe.class.getName(), bucket));
            cmd.addAll(keys);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put(S3ScoringHandler.ENV_SCORES_TABLE, table);
            env.put(S3ScoringHandler.ENV_ARTICLES_BUCKET, bucket);
            env.put(S3ScoringHandler.ENV_MAX_OBJECT_BYTES, "10485760");
            env.put("AWS_ENDPOINT_URL_S3", LocalServers.s3().endpoint());
            env.put("AWS_ENDPOINT_URL_DYNAMODB", LocalServers.dynamo().endpoint());
            env.put("AWS_REGION", "us-east-1");
            env.put("AWS_ACCESS_KEY_ID", "test");
            env.put("AWS_SECRET_ACCESS_KEY", "test");
            Process p = pb.start();
            String figures = null;
            StringBuilder all = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    all.append(line).append('\n');
                    if (line.startsWith("FIGURES ")) {
                        figures = line.substring("FIGURES ".length());
                    }
                }
            }
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), all::toString);
            assertNotNull(figures, all::toString);
            System.out.println("FIGURES flags=" + jvmFlags + " article=" + article.length() + " chars " + figures);
        }
        DynamoScoreStore store = new DynamoScoreStore(dynamo, table);
        for (String key : keys) {
            assertEquals("scored", store.get(key).orElseThrow().status(), key);
        }
    }
}
