package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.SourceCounts;
import org.junit.jupiter.api.Test;

class SourceTallyTest {
    private static SourceMention named(String name) {
        return new SourceMention(SourceKind.NAMED, "", name, 0, 1, "t.named");
    }

    private static SourceMention anonymous(String key) {
        return new SourceMention(SourceKind.ANONYMOUS, key, "", 0, 1, "t.anon");
    }

    private static SourceMention document(String key, String name) {
        return new SourceMention(SourceKind.DOCUMENTARY, key, name, 0, 1, "t.doc");
    }

    @Test
    void aPersonQuotedThreeTimesIsOneSourceWhateverTheFormOfTheName() {
        SourceTally t = new SourceTally();
        t.add(named("innenministerin nancy faeser"));
        t.add(named("faeser"));
        t.add(named("nancy faeser"));
        assertEquals(new SourceCounts(1, 0, 0), t.counts());
        assertEquals(3, t.sources().get(0).mentions().size());
    }

    @Test
    void aShortNameFirstTakesTheLongerNameLater() {
        SourceTally t = new SourceTally();
        t.add(named("smith"));
        t.add(named("john smith"));
        t.add(named("adam smith"));
        assertEquals(2, t.counts().named(), "adam smith is not john smith");
    }

    @Test
    void sameAnonymousPhraseIsOneSourceDifferentPhrasesAreTwo() {
        SourceTally t = new SourceTally();
        t.add(anonymous("senior official"));
        t.add(anonymous("senior official"));
        t.add(anonymous("people familiar with"));
        assertEquals(new SourceCounts(0, 2, 0), t.counts());
    }

    @Test
    void anUnnamedDocumentMergesWithTheNamedOneOfTheSameType() {
        SourceTally t = new SourceTally();
        t.add(document("report", "graphika"));
        t.add(document("report", ""));
        t.add(document("report", "atlantic council"));
        t.add(document("statement", ""));
        assertEquals(new SourceCounts(0, 0, 3), t.counts());
    }

    @Test
    void kindsAreCountedApart() {
        SourceTally t = new SourceTally();
        t.add(named("graphika"));
        t.add(document("report", "graphika"));
        assertEquals(new SourceCounts(1, 0, 1), t.counts());
    }

    @Test
    void wordSuffixNeedsAWordBoundary() {
        assertTrue(SourceTally.wordSuffix("john smith", "smith"));
        assertFalse(SourceTally.wordSuffix("goldsmith", "smith"));
    }
}
