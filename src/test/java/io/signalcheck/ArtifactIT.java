package io.signalcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.ReportJson;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.testing.ReportSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The built artifact itself, as Lambda and users get it: it runs alone (no test classpath), scores every language
 * exactly as the in-process pipeline does, and carries no test-only or local-only jar.
 */
class ArtifactIT {
    private static final Path JAR = Path.of(System.getProperty("signalcheck.artifact", "target/signalcheck.jar"));
    private static final List<String> ARTICLES = List.of(
            "corpus/tuning/fr/fr-01-images-ia-electeurs.txt",
            "corpus/tuning/en/en-01-deepfake-robocall-primary.txt",
            "corpus/tuning/de/de-01-trollfabrik-landtagswahl.txt",
            "corpus/tuning/es/es-01-granja-bots-autonomicas.txt");

    @Test
    void theJarAloneScoresEachLanguageLikeThePipeline() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "score", "--json"));
        for (String a : ARTICLES) {
            assertTrue(Files.isRegularFile(Path.of(a)), "corpus article missing: " + a);
            cmd.add(a);
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "score did not finish");
        assertEquals(0, p.exitValue());
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(ARTICLES.size(), lines.size());
        ArticleScorer inProcess = new ArticleScorer();
        for (int i = 0; i < ARTICLES.size(); i++) {
            ReportSchema.assertValid(lines.get(i));
            ScoreReport fromJar = ReportJson.fromJson(lines.get(i));
            ScoreReport expected = inProcess.score(Files.readAllBytes(Path.of(ARTICLES.get(i))), ARTICLES.get(i));
            assertEquals(expected, fromJar, "jar and pipeline disagree on " + ARTICLES.get(i));
            assertTrue(fromJar.overall().score() > 0.5, "influence-operation article scored low: " + ARTICLES.get(i));
        }
    }

    @Test
    void theArtifactCarriesNoTestOrLocalOnlyJars() throws IOException {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> forbidden = List.of("org/gaul/s3proxy/", "org/junit/", "org/openjdk/jmh/", "com/networknt/",
                    "org/apache/http/", "org/apache/hc/", "io/netty/", "org/yaml/snakeyaml/",
                    "software/amazon/awssdk/http/apache", "software/amazon/awssdk/http/nio/netty");
            List<String> found = zip.stream().map(e -> e.getName())
                    .filter(n -> forbidden.stream().anyMatch(n::startsWith)).limit(5).toList();
            assertEquals(List.of(), found, "test-only, local-only or unwanted HTTP client classes in the artifact");
            assertTrue(zip.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class") != null,
                    "the URL-connection client must be in the artifact");
        }
    }
}
