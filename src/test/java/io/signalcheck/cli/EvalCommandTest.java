package io.signalcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        EvalCommand command = new EvalCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).execute(args);
    }

    @Test
    void printsJsonMetricsForBothPartsOfTheCommittedCorpus() throws Exception {
        assertEquals(0, run("--json", "corpus"), err.toString(StandardCharsets.UTF_8));
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode splits = report.get("splits");
        int tuning = splits.get("tuning").get("articles").asInt();
        int heldout = splits.get("heldout").get("articles").asInt();
        assertTrue(tuning > 0 && heldout > 0);
        assertEquals(tuning + heldout, splits.get("all").get("articles").asInt());
        JsonNode ai = splits.get("heldout").get("signals").get("ai_generated_media");
        for (String field : new String[] {"tp", "fp", "fn", "precision", "recall", "f1"}) {
            assertTrue(ai.has(field), field);
        }
        for (String field : new String[] {"macroF1", "languageAccuracy", "attributionLevelAccuracy", "actors", "auc"}) {
            assertTrue(splits.get("heldout").has(field), field);
        }
        assertTrue(report.get("misclassified").isArray());
        assertTrue(report.get("heldoutTargetsUnmet").isArray());
    }

    @Test
    void printsAReadableTableByDefault() {
        assertEquals(0, run("corpus"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("== tuning:"), text);
        assertTrue(text.contains("== heldout:"), text);
        assertTrue(text.contains("macro-F1"), text);
        assertTrue(text.contains("ROC AUC"), text);
        assertTrue(text.contains("== misclassified:"), text);
        assertTrue(text.contains("held-out targets ("), text);
    }

    @Test
    void isRegisteredAsASubcommandOfTheJar() {
        assertTrue(new CommandLine(new Main()).getSubcommands().containsKey("eval"));
    }

    @Test
    void aMissingCorpusIsAUsageError(@TempDir Path tmp) {
        assertEquals(2, run(tmp.resolve("absent").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no corpus folder"));
    }

    @Test
    void malformedLabelsExitOneAndSayWhatIsWrong(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("tuning/en"));
        Files.createDirectories(tmp.resolve("heldout/en"));
        Files.writeString(dir.resolve("en-01-x.txt"), "Some article text.");
        Files.writeString(dir.resolve("en-01-x.labels.json"), "{\"language\":\"en\"}");
        assertEquals(1, run(tmp.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("influenceOperation must be true or false"), message);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
