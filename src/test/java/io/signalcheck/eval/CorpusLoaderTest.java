package io.signalcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.SourceCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
    static final String GOOD = """
            {"language":"en","influenceOperation":true,
             "detected":["ai_generated_media","election_targeting"],"mentionedOnly":["hack_and_leak"],
             "attribution":{"level":"mixed","sources":{"named":2,"anonymous":3,"documentary":1},
                            "actors":[{"name":"Russia","confidence":"moderate"}]},
             "kind":"positive","note":"test"}""";

    @TempDir
    Path corpus;

    private void write(String relative, String content) throws IOException {
        Path p = corpus.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    @Test
    void readsArticlesAndLabelsFromBothSplits() throws Exception {
        write("tuning/en/en-01-a.txt", "text");
        write("tuning/en/en-01-a.labels.json", GOOD);
        write("heldout/en/en-02-b.html", "<p>text</p>");
        write("heldout/en/en-02-b.labels.json", GOOD);
        List<LabelledArticle> all = new CorpusLoader().load(corpus);
        assertEquals(2, all.size());
        LabelledArticle a = all.get(0);
        assertEquals("en-01-a", a.id());
        assertEquals("tuning", a.split());
        assertEquals("en", a.language());
        assertTrue(a.influenceOperation());
        assertEquals(Set.of("ai_generated_media", "election_targeting"), a.detected());
        assertEquals(Set.of("hack_and_leak"), a.mentionedOnly());
        assertEquals(new SourceCounts(2, 3, 1), a.sources());
        assertEquals(List.of(new ExpectedActor("Russia", "moderate")), a.actors());
        assertEquals("heldout", all.get(1).split());
        assertTrue(all.get(1).file().toString().endsWith("en-02-b.html"));
    }

    @Test
    void mentionedOnlyMayBeLeftOut() throws Exception {
        write("tuning/en/en-01-a.txt", "text");
        write("tuning/en/en-01-a.labels.json", GOOD.replace("\"mentionedOnly\":[\"hack_and_leak\"],", ""));
        write("heldout/en/.keep", "");
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader().load(corpus));
        // the stray file is reported, the label without mentionedOnly is not
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).contains(".keep"));
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        write("tuning/en/en-01-a.txt", "text");
        write("tuning/en/en-01-a.labels.json", GOOD.replace("\"ai_generated_media\",", "\"deepfakes\",")
                .replace("\"level\":\"mixed\"", "\"level\":\"strong\"")
                .replace("\"moderate\"", "\"certain\""));
        write("tuning/en/en-02-orphan.labels.json", GOOD);
        write("tuning/en/en-03-unlabelled.txt", "text");
        write("heldout/fr/fr-01-x.txt", "texte");
        write("heldout/fr/fr-01-x.labels.json", GOOD);
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader().load(corpus));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("unknown signal id \"deepfakes\""), all);
        assertTrue(all.contains("give mixed by the thirds rule"), all);
        assertTrue(all.contains("confidence must be one of"), all);
        assertTrue(all.contains("labels without an article"), all);
        assertTrue(all.contains("article without labels"), all);
        assertTrue(all.contains("but the article is in folder fr"), all);
        assertEquals(6, e.problems().size(), all);
    }

    @Test
    void aSignalCannotBeBothDetectedAndOnlyMentioned() throws Exception {
        write("tuning/en/en-01-a.txt", "text");
        write("tuning/en/en-01-a.labels.json", GOOD.replace("[\"hack_and_leak\"]", "[\"election_targeting\"]"));
        Files.createDirectories(corpus.resolve("heldout"));
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader().load(corpus));
        assertTrue(e.getMessage().contains("election_targeting is both detected and mentionedOnly"), e.getMessage());
    }

    @Test
    void brokenJsonAndDuplicateIdsAreReported() throws Exception {
        write("tuning/en/en-01-a.txt", "text");
        write("tuning/en/en-01-a.labels.json", "{\"language\": ");
        write("tuning/en/en-02-b.txt", "text");
        write("tuning/en/en-02-b.labels.json", GOOD);
        write("heldout/en/en-02-b.txt", "text");
        write("heldout/en/en-02-b.labels.json", GOOD);
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusLoader().load(corpus));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate id en-02-b"), e.getMessage());
    }

    @Test
    void aMissingFolderIsAClearError() {
        CorpusException e = assertThrows(CorpusException.class,
                () -> new CorpusLoader().load(corpus.resolve("nope")));
        assertFalse(e.problems().isEmpty());
        assertTrue(e.problems().get(0).startsWith("not a directory"));
    }
}
