package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * `signalcheck local` as a user runs it: a separate process on free ports with its own data dir. Articles in
 * four languages go in through the S3 endpoint (SDK) and the drop folder; every result is read back through the
 * HTTP API only. Then the process is stopped (SIGTERM) and must leave no child behind; a second start must find
 * the same scores without rescoring anything.
 */
class LocalStackE2ETest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration VISIBLE_TIMEOUT = Duration.ofSeconds(60);
    private static final String BUCKET = "articles";

    private static final String EN_KEY = "en/troll-network.txt";
    private static final String EN = """
            Researchers at a university lab said on Tuesday that a network of more than 300 fake accounts amplified \
            posts about the port strike. According to the lab's report, the accounts were created in the same week \
            and posted identical messages within the same minute. The lab's director, Dr. Helen Marsh, said the \
            campaign was likely linked to a marketing firm working for an unnamed foreign client.
            """;
    private static final String FR_KEY = "fr/Élections régionales – faux comptes.html";
    private static final String FR = """
            <!DOCTYPE html><html lang="fr"><head><title>Élections régionales : des faux comptes relaient une rumeur\
            </title></head><body><nav>Accueil | Politique</nav><article><h1>Élections régionales : des faux comptes \
            relaient une rumeur</h1><p>Selon un rapport publié lundi par l'agence nationale de sécurité numérique, un \
            réseau de comptes inauthentiques a diffusé une fausse information sur le report du scrutin.</p><p>Les \
            messages, publiés à la même heure par des profils créés la même semaine, citaient un prétendu décret qui \
            n'existe pas. La préfecture a démenti mardi.</p></article></body></html>
            """;
    private static final String DE_KEY = "de/ki-video bürgermeister.txt";
    private static final String DE = """
            Ein angeblich KI-generiertes Video eines Bürgermeisters hat sich am Wochenende in sozialen Netzwerken \
            verbreitet. Laut einer Analyse der Rechercheplattform wurde die Aufnahme mit einer frei verfügbaren \
            Software erstellt. Anonyme Quellen aus Sicherheitskreisen vermuten eine koordinierte Kampagne, die \
            Stadtverwaltung hat Anzeige erstattet.
            """;
    private static final String ES_KEY = "es/campaña de desinformación.json";
    private static final String ES = """
            {"title": "Una campaña coordinada difunde bulos sobre la sequía",
             "text": "Según un informe del observatorio de medios publicado el jueves, decenas de cuentas falsas \
            publicaron el mismo mensaje sobre la sequía en menos de una hora. Los investigadores afirman que los \
            perfiles compartían fotos de archivo y fueron creados el mismo día. El gobierno regional no ha \
            querido comentar el informe.",
             "language": "es"}
            """;
    private static final String OVERWRITE_KEY = "en/council vote.txt";
    private static final String OVERWRITE_V1 = "Draft: the council will vote on the water prices next week.";
    private static final String OVERWRITE_V2 = """
            The city council voted on Thursday to freeze water prices for a year. Officials said the decision \
            followed a public consultation in which more than two thousand residents took part.
            """;
    private static final String DELETE_KEY = "es/borrador.txt";
    private static final String BINARY_KEY = "bad/photo.bin";
    private static final String EMPTY_KEY = "bad/empty.txt";
    private static final String DROP_KEY = "dropped note.txt";
    private static final String DROP = """
            A short press note copied straight into the bucket folder. The regional agency said on Monday that \
            it had found no evidence of any coordinated campaign around the local vote.
            """;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Long> timings = new LinkedHashMap<>();

    /** A running `local` process and what it has printed. */
    private static final class Running {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CountDownLatch ready = new CountDownLatch(1);
        final long startedNanos = System.nanoTime();
        final Thread reader;

        Running(Process process) {
            this.process = process;
            reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                        if (line.startsWith("signalcheck local: ready")) {
                            ready.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the process is gone
                }
            }, "local-output");
            reader.setDaemon(true);
            reader.start();
        }

        String output() {
            return String.join("\n", lines);
        }
    }

    private Running start(Path dataDir, int s3Port, int apiPort, int dynamoPort) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        String home = System.getProperty(LocalHome.PROPERTY);
        if (home != null) {
            cmd.add("-D" + LocalHome.PROPERTY + "=" + home);
        }
        cmd.addAll(List.of("io.signalcheck.cli.Main", "local", "--data-dir", dataDir.toString(),
                "--s3-port", Integer.toString(s3Port), "--api-port", Integer.toString(apiPort),
                "--dynamodb-port", Integer.toString(dynamoPort)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("AWS_ENDPOINT_URL_DYNAMODB");
        pb.environment().remove("AWS_ENDPOINT_URL_S3");
        Running running = new Running(pb.start());
        if (!running.ready.await(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            running.process.destroy();
            throw new AssertionError("`local` was not ready within " + READY_TIMEOUT + ":\n" + running.output());
        }
        return running;
    }

    /** SIGTERM, then every process that was below it must be gone. */
    private static void stopAndCheckNoChildLeft(Running running) throws Exception {
        List<ProcessHandle> children = running.process.descendants().toList();
        assertTrue(children.size() >= 2, "S3Proxy and dynalite run as children: " + children);
        running.process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
        assertTrue(running.process.waitFor(60, TimeUnit.SECONDS), "`local` did not stop on SIGTERM");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), children.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList(),
                "child processes left running");
        running.reader.join(10_000); // the output ends when the process is gone
        assertTrue(running.output().contains("signalcheck local: stopped"), running.output());
    }

    @Test
    void theWholePipelineRunsLocallyAndStopsClean(@TempDir Path tmp) throws Exception {
        Path dataDir = tmp.resolve("data");
        int s3Port = ManagedProcess.freePort();
        int apiPort = ManagedProcess.freePort();
        int dynamoPort = ManagedProcess.freePort();
        String api = "http://127.0.0.1:" + apiPort;

        Running local = start(dataDir, s3Port, apiPort, dynamoPort);
        timings.put("start to ready (ms)", (System.nanoTime() - local.startedNanos) / 1_000_000);
        Map<String, String> scoredAt = new TreeMap<>();
        try (S3Client s3 = LocalClients.s3("http://127.0.0.1:" + s3Port)) {
            assertTrue(local.output().contains("http://127.0.0.1:" + s3Port), "prints the S3 endpoint");
            assertTrue(local.output().contains("bucket " + BUCKET), "prints the bucket");
            assertTrue(local.output().contains("curl " + api + "/scores"), "prints example commands");

            // four languages, one key with spaces and accents, one JSON export, one HTML page
            Map<String, String> articles = new LinkedHashMap<>();
            articles.put(EN_KEY, EN);
            articles.put(FR_KEY, FR);
            articles.put(DE_KEY, DE);
            articles.put(ES_KEY, ES);
            Map<String, String> languages = Map.of(EN_KEY, "en", FR_KEY, "fr", DE_KEY, "de", ES_KEY, "es");
            for (Map.Entry<String, String> a : articles.entrySet()) {
                String etag = put(s3, a.getKey(), a.getValue().getBytes(StandardCharsets.UTF_8));
                JsonNode score = awaitScore(api, a.getKey(), etag, "upload to score visible, " + a.getKey());
                assertEquals("scored", score.get("status").asText(), a.getKey() + ": " + score);
                assertEquals("s3://" + BUCKET + "/" + a.getKey(), score.get("input").asText());
                assertEquals(a.getKey(), score.at("/object/key").asText());
                assertEquals(languages.get(a.getKey()), score.get("language").asText(), a.getKey());
                assertTrue(score.get("wordCount").asInt() > 20, a.getKey() + " extracted text: " + score);
                scoredAt.put(a.getKey(), score.get("scoredAt").asText());
            }

            // an overwrite of the same key: the newer object wins
            String v1 = put(s3, OVERWRITE_KEY, OVERWRITE_V1.getBytes(StandardCharsets.UTF_8));
            awaitScore(api, OVERWRITE_KEY, v1, "overwrite v1");
            String v2 = put(s3, OVERWRITE_KEY, OVERWRITE_V2.getBytes(StandardCharsets.UTF_8));
            JsonNode overwritten = awaitScore(api, OVERWRITE_KEY, v2, "overwrite v2");
            assertEquals(OVERWRITE_V2.getBytes(StandardCharsets.UTF_8).length, overwritten.at("/object/size").asLong());
            assertTrue(overwritten.get("wordCount").asInt() > 20, "the report is of the second version");
            scoredAt.put(OVERWRITE_KEY, overwritten.get("scoredAt").asText());

            // a delete: the key answers 404 afterwards
            String d = put(s3, DELETE_KEY, "Borrador que se va a borrar enseguida.".getBytes(StandardCharsets.UTF_8));
            awaitScore(api, DELETE_KEY, d, "to-be-deleted upload");
            s3.deleteObject(r -> r.bucket(BUCKET).key(DELETE_KEY));
            long deleted = System.nanoTime();
            HttpResponse<String> gone = awaitStatus(api, DELETE_KEY, 404);
            timings.put("delete to 404 (ms)", (System.nanoTime() - deleted) / 1_000_000);
            assertTrue(JSON.readTree(gone.body()).at("/error/code").isTextual(), gone.body());

            // bad files: binary and empty, stored as rejected with a reason
            byte[] binary = new byte[4096];
            new Random(42).nextBytes(binary);
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0}, 0, binary, 0, 12);
            for (Map.Entry<String, byte[]> bad : Map.of(BINARY_KEY, binary, EMPTY_KEY, new byte[0]).entrySet()) {
                String etag = put(s3, bad.getKey(), bad.getValue());
                JsonNode rejected = awaitScore(api, bad.getKey(), etag, "bad file " + bad.getKey());
                assertEquals("rejected", rejected.get("status").asText(), bad.getKey() + ": " + rejected);
                assertTrue(rejected.at("/error/code").isTextual(), rejected.toString());
                scoredAt.put(bad.getKey(), rejected.get("scoredAt").asText());
            }

            // the drop folder: a file copied into the bucket's folder is scored too
            byte[] drop = DROP.getBytes(StandardCharsets.UTF_8);
            Path dropped = dataDir.resolve("s3").resolve(BUCKET).resolve(DROP_KEY);
            try (var out = Files.newOutputStream(dropped)) { // written in two parts, as a slow copy would
                out.write(drop, 0, 40);
                out.flush();
                Thread.sleep(100);
                out.write(drop, 40, drop.length - 40);
            }
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(drop));
            JsonNode dropScore = awaitScore(api, DROP_KEY, md5, "drop folder to score visible");
            assertEquals("scored", dropScore.get("status").asText());
            scoredAt.put(DROP_KEY, dropScore.get("scoredAt").asText());

            // nothing else changed: exactly these keys are listed, none rescored, the bad ones as rejected
            Thread.sleep(1500); // a few more polls
            Map<String, JsonNode> listed = list(api);
            assertEquals(scoredAt.keySet(), listed.keySet(), "listed keys");
            listed.forEach((key, item) -> assertEquals(scoredAt.get(key), item.get("scoredAt").asText(),
                    key + " was rescored"));
            assertEquals("rejected", listed.get(BINARY_KEY).get("status").asText());
            assertEquals("rejected", listed.get(EMPTY_KEY).get("status").asText());
            assertEquals("scored", listed.get(EN_KEY).get("status").asText());
            assertFalse(listed.containsKey(DELETE_KEY));
            // one event per change, none twice: 10 creations (4 articles, 2 versions, 1 to delete, 2 bad, 1 dropped)
            assertEquals(10, count(local, "signalcheck local: ObjectCreated:Put "), local.output());
            assertEquals(1, count(local, "signalcheck local: ObjectRemoved:Delete "), local.output());
            assertEquals(1, count(local, "s3://" + BUCKET + "/" + DROP_KEY + " handled"), "dropped file notified once");
        }
        stopAndCheckNoChildLeft(local);

        // a second start finds the same data and rescores nothing
        Running again = start(dataDir, s3Port, apiPort, dynamoPort);
        timings.put("restart to ready (ms)", (System.nanoTime() - again.startedNanos) / 1_000_000);
        try {
            Thread.sleep(2000); // several polls of the notifier
            Map<String, JsonNode> listed = list(api);
            assertEquals(scoredAt.keySet(), listed.keySet(), "keys after restart");
            listed.forEach((key, item) -> assertEquals(scoredAt.get(key), item.get("scoredAt").asText(),
                    key + " was rescored after restart"));
            assertEquals(404, get(api, DELETE_KEY).statusCode());
            assertFalse(again.output().contains("ObjectCreated"), "no event re-delivered:\n" + again.output());
        } finally {
            stopAndCheckNoChildLeft(again);
        }
        report();
    }

    private static long count(Running running, String prefix) {
        return running.lines.stream().filter(l -> l.contains(prefix)).count();
    }

    private static String put(S3Client s3, String key, byte[] body) {
        return BucketNotifier.unquote(s3.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromBytes(body)).eTag());
    }

    /** Waits until GET /scores/{key} answers 200 for this ETag; records how long the upload took to show. */
    private JsonNode awaitScore(String api, String key, String etag, String timing) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + VISIBLE_TIMEOUT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(api, key);
            last = r.statusCode() + " " + r.body();
            if (r.statusCode() == 200) {
                JsonNode body = JSON.readTree(r.body());
                if (etag.equals(body.at("/object/etag").asText())) {
                    timings.put(timing + " (ms)", (System.nanoTime() - t0) / 1_000_000);
                    return body;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no score for " + key + " (ETag " + etag + ") within " + VISIBLE_TIMEOUT + "; last: " + last);
    }

    private HttpResponse<String> awaitStatus(String api, String key, int status) throws Exception {
        long deadline = System.nanoTime() + VISIBLE_TIMEOUT.toNanos();
        HttpResponse<String> r;
        do {
            r = get(api, key);
            if (r.statusCode() == status) {
                return r;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(key + " did not answer " + status + ": " + r.statusCode() + " " + r.body());
    }

    private HttpResponse<String> get(String api, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api + "/scores/" + encodePath(key))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Map<String, JsonNode> list(String api) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "/scores?limit=100")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.get("nextToken").isNull(), "one page holds everything");
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode item : body.get("items")) {
            assertNull(out.put(item.get("key").asText(), item), "listed twice: " + item);
        }
        return out;
    }

    /** Percent-encodes a key for a URL path: '/' kept, space as %20. */
    static String encodePath(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    private void report() throws IOException {
        StringBuilder sb = new StringBuilder("signalcheck local end-to-end timings\n");
        timings.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        System.out.print(sb);
        Path out = Path.of("target", "local-e2e-timings.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString());
    }
}
