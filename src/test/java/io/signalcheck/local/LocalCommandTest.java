package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `local` refuses to start with one clear line and exit code 2 when something it needs is missing or wrong. */
class LocalCommandTest {

    /** Runs `local` in this JVM (it fails before starting anything) and returns exit code and stderr. */
    private static Result runInProcess(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    private record Result(int code, String err) {}

    @Test
    void missingFetchedServersSayWhatToBuild(@TempDir Path tmp) {
        String saved = System.getProperty(LocalHome.PROPERTY);
        System.setProperty(LocalHome.PROPERTY, tmp.resolve("empty-home").toString());
        try {
            Result r = runInProcess("local", "--data-dir", tmp.resolve("data").toString(), "--s3-port", "0",
                    "--api-port", "0", "--dynamodb-port", "0");
            assertEquals(2, r.code());
            assertTrue(r.err().contains("S3Proxy jar not found"), r.err());
            assertTrue(r.err().contains("mvn -DskipTests package"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        } finally {
            if (saved == null) {
                System.clearProperty(LocalHome.PROPERTY);
            } else {
                System.setProperty(LocalHome.PROPERTY, saved);
            }
        }
    }

    @Test
    void aBusyPortIsNamedWithTheFlagToChangeIt(@TempDir Path tmp) throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result r = runInProcess("local", "--data-dir", tmp.toString(), "--s3-port",
                    Integer.toString(busy.getLocalPort()), "--api-port", "0", "--dynamodb-port", "0");
            assertEquals(2, r.code());
            assertTrue(r.err().contains("port " + busy.getLocalPort()) && r.err().contains("--s3-port"), r.err());
        }
    }

    @Test
    void resetNeverWipesAFolderLocalDidNotCreate(@TempDir Path tmp) throws Exception {
        Path precious = tmp.resolve("my-notes");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.txt"), "three years of work");
        Result r = runInProcess("local", "--reset", "--data-dir", precious.toString(), "--s3-port", "0",
                "--api-port", "0", "--dynamodb-port", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("refusing to --reset"), r.err());
        assertEquals("three years of work", Files.readString(precious.resolve("thesis.txt")));
    }

    @Test
    void missingNodeSaysHowToGetIt(@TempDir Path tmp) throws Exception {
        // a separate JVM with no node on PATH (the JVM itself is started by absolute path)
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + LocalHome.PROPERTY + "=" + LocalHome.locate(), "io.signalcheck.cli.Main", "local",
                "--data-dir", tmp.toString(), "--s3-port", "0", "--api-port", "0", "--dynamodb-port", "0"))
                .redirectErrorStream(true);
        pb.environment().put("PATH", tmp.resolve("no-bin").toString());
        pb.environment().remove("AWS_ENDPOINT_URL_DYNAMODB");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("Node.js ('node') is not on PATH") && out.contains("apt-get install"), out);
        assertFalse(out.contains("\tat "), "no stack trace: " + out);
    }
}
