package io.signalcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.ReportJson;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.testing.ReportSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `score` contract of BRIEF section 3: JSON Lines in input order, exit codes 0/1/2, table view. */
class ScoreCommandTest {
    private static final String ARTICLE = "Researchers said the network used fake accounts to spread AI-generated images "
            + "of voters ahead of the election. The agency said it had seen no sign of a new operation.";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    @Test
    void jsonLinesOneReportPerInputInInputOrder() throws IOException {
        Path b = write("b.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path a = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.run("score", "--json", b.toString(), a.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals(2, lines.size());
        assertEquals(b.toString(), ReportJson.fromJson(lines.get(0)).input());
        assertEquals(a.toString(), ReportJson.fromJson(lines.get(1)).input());
        lines.forEach(ReportSchema::assertValid);
    }

    @Test
    void rejectedInputGivesExitOneReasonOnStderrAndTheBatchGoesOn() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.run("score", "--json", empty.toString(), good.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("rejected " + empty), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        List<String> lines = run.outLines();
        assertEquals(2, lines.size());
        ScoreReport rejected = ReportJson.fromJson(lines.get(0));
        assertEquals("rejected", rejected.status());
        assertEquals("empty", rejected.error().code());
        assertEquals("scored", ReportJson.fromJson(lines.get(1)).status());
        lines.forEach(ReportSchema::assertValid);
    }

    @Test
    void missingFileIsRejectedNotACrash() {
        CliRun run = CliRun.run("score", "--json", dir.resolve("nope.txt").toString());
        assertEquals(1, run.exitCode());
        assertEquals("not_found", ReportJson.fromJson(run.outLines().get(0)).error().code());
    }

    @Test
    void maxBytesRejectsLargerInputs() throws IOException {
        Path f = write("big.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.run("score", "--json", "--max-bytes", "50", f.toString());
        assertEquals(1, run.exitCode());
        assertEquals("too_large", ReportJson.fromJson(run.outLines().get(0)).error().code());
    }

    @Test
    void stdinIsScoredAsDash() {
        CliRun run = CliRun.run(ARTICLE.getBytes(StandardCharsets.UTF_8), "score", "--json", "-");
        assertEquals(0, run.exitCode(), run.err());
        ScoreReport r = ReportJson.fromJson(run.outLines().get(0));
        assertEquals("-", r.input());
        assertTrue(r.wordCount() > 20);
    }

    @Test
    void directoriesAreScoredRecursivelyInSortedOrder() throws IOException {
        write("d/z.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("d/sub/a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.run("score", "--json", dir.resolve("d").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> inputs = run.outLines().stream().map(l -> ReportJson.fromJson(l).input()).toList();
        assertEquals(List.of(dir.resolve("d/sub/a.txt").toString(), dir.resolve("d/z.txt").toString()), inputs);
    }

    @Test
    void progressGoesToStderrOnRequestAndNeverIntoTheJsonLines() throws IOException {
        Path a = write("p/a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path b = write("p/b.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.run("score", "--json", "--progress", a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("[2/2]"), run.err());
        assertEquals(2, run.outLines().size());
        run.outLines().forEach(ReportSchema::assertValid);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.run("score").exitCode());
        assertEquals(2, CliRun.run("score", "--bogus", "x").exitCode());
        assertEquals(2, CliRun.run("nonsense").exitCode());
        assertEquals(2, CliRun.run().exitCode());
        assertEquals(2, CliRun.run("score", "--max-bytes", "0", "x").exitCode());
    }

    @Test
    void tableShowsSignalsAndAttributionPerArticle() throws IOException {
        Path f = write("t.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.run("score", f.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String expected : List.of("== " + f, "ai_generated_media", "election_targeting", "attribution", "overall")) {
            assertTrue(run.out().contains(expected), "missing " + expected + " in\n" + run.out());
        }
    }

    @Test
    void sameBytesGiveTheSameReport() throws IOException {
        Path f = write("same.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(CliRun.run("score", "--json", f.toString()).out(), CliRun.run("score", "--json", f.toString()).out());
    }
}
