package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeedleMemoTest {
    @Test
    void lastOccurrenceOfEachWordAndNoneForAbsentWords() {
        NeedleMemo memo = new NeedleMemo().on("said he, and then she said it");
        assertEquals(22, memo.lastOf(NeedleMemo.idOf("said"), "said"));
        assertEquals(-1, memo.lastOf(NeedleMemo.idOf("told"), "told"));
        // the next sentence is asked afresh, not answered from the previous one
        memo.on("he told me");
        assertEquals(-1, memo.lastOf(NeedleMemo.idOf("said"), "said"));
        assertEquals(3, memo.lastOf(NeedleMemo.idOf("told"), "told"));
    }

    @Test
    void everyOccurrenceInTextOrderWithOrWithoutTheScanner() {
        String s = "said he, and then she said it, unsaid";
        NeedleScanner scanner = NeedleScanner.of(List.of("said", "he"));
        for (NeedleMemo memo : List.of(new NeedleMemo().on(s), new NeedleMemo(scanner).on(s))) {
            List<Integer> said = new ArrayList<>();
            for (int o = memo.firstOccurrence(NeedleMemo.idOf("said"), "said"); o >= 0; o = memo.nextOccurrence(o)) {
                said.add(memo.occurrenceStart(o));
            }
            assertEquals(List.of(0, 22, 33), said);
            List<Integer> he = new ArrayList<>();
            for (int o = memo.firstOccurrence(NeedleMemo.idOf("he"), "he"); o >= 0; o = memo.nextOccurrence(o)) {
                he.add(memo.occurrenceStart(o));
            }
            assertEquals(List.of(5, 14, 19), he);
            assertEquals(-1, memo.firstOccurrence(NeedleMemo.idOf("told"), "told"));
            memo.on("nothing here");
            assertEquals(-1, memo.firstOccurrence(NeedleMemo.idOf("said"), "said"), "a new sentence starts empty");
        }
    }

    @Test
    void aSentenceReadInTheWholeTextAnswersLikeTheSentenceOnItsOwn() {
        // the whole text in its own case; the sentence alone lower-cased
        String text = "First one. Said he, and THEN she SAID it, unSaid. Last";
        char[] chars = text.toCharArray();
        int from = 11;
        int to = 49;
        NeedleScanner scanner = NeedleScanner.of(List.of("said", "he"));
        NeedleMemo alone = new NeedleMemo(scanner).on(LiteralGate.lower(text.substring(from, to)));
        NeedleMemo inText = new NeedleMemo(scanner).on(chars, from, to);
        assertEquals(to - from, inText.length());
        // "said" the scanner knows; "then" and "one" it does not, so they are searched in the sentence only
        for (String word : List.of("said", "he", "then", "one", "last")) {
            int id = NeedleMemo.idOf(word);
            assertEquals(alone.lastOf(id, word), inText.lastOf(id, word), word);
        }
        assertEquals(33, inText.lastOf(NeedleMemo.idOf("said"), "said"), "in \"unsaid\"");
        assertEquals(13, inText.lastOf(NeedleMemo.idOf("then"), "then"));
        assertEquals(-1, inText.lastOf(NeedleMemo.idOf("one"), "one"), "a word before the sentence is not in it");
        inText.on(chars, 0, 10);
        assertEquals(6, inText.lastOf(NeedleMemo.idOf("one"), "one"), "the next sentence is asked afresh");
        assertEquals(-1, inText.lastOf(NeedleMemo.idOf("said"), "said"));
    }

    @Test
    void aWholeTextScannedOnceInItsOwnCaseGivesEverySentenceWhatScanningItLowerCasedGives() {
        // few letters, so that words overlap, nest and cross sentence ends and the scan's halfway point often
        List<String> words = List.of("ab", "aba", "bab", "abba", "b a", "aab", "baaab", "a");
        NeedleScanner scanner = NeedleScanner.of(words);
        java.util.Random random = new java.util.Random(7);
        int compared = 0;
        for (int round = 0; round < 3000; round++) {
            int length = round < 20 ? round : 20 + random.nextInt(400);
            char[] text = new char[length];
            for (int i = 0; i < length; i++) {
                text[i] = "aaAbbB b.".charAt(random.nextInt(9)); // read in any case, as lower case
            }
            NeedleMemo inText = new NeedleMemo(scanner);
            NeedleMemo alone = new NeedleMemo(scanner);
            // sentences in text order, then a few out of order and overlapping (the memo must not rely on order)
            List<int[]> spans = new ArrayList<>();
            for (int from = 0; from < length; ) {
                int to = Math.min(length, from + 1 + random.nextInt(40));
                spans.add(new int[] {from, to});
                from = to;
            }
            for (int k = 0; k < 5 && length > 0; k++) {
                int from = random.nextInt(length);
                spans.add(new int[] {from, from + random.nextInt(length - from + 1)});
            }
            for (int[] span : spans) {
                inText.on(text, span[0], span[1]);
                alone.on(LiteralGate.lower(new String(text, span[0], span[1] - span[0])));
                for (String w : words) {
                    int id = NeedleMemo.idOf(w);
                    assertEquals(occurrences(alone, id, w), occurrences(inText, id, w),
                            w + " in [" + span[0] + ", " + span[1] + ") of " + new String(text));
                    compared++;
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    @Test
    void aLongPackTextScannedOnceInItsOwnCaseAnswersEveryGateLikeItsSentencesLowerCased() {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> sentences = new ArrayList<>();
        for (String s : Texts.packExamples(packs)) {
            sentences.add(TextFolding.forMatching(s));
            sentences.add(TextFolding.forMatching(s.toUpperCase(Locale.ROOT)));
        }
        StringBuilder whole = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String s : sentences) {
            spans.add(new int[] {whole.length(), whole.length() + s.length()});
            whole.append(s).append(' ');
        }
        char[] text = whole.toString().toCharArray();
        int compared = 0;
        for (AttributionPack pack : packs.values()) {
            List<LiteralGate> gates = gates(pack);
            NeedleMemo inText = new NeedleMemo(pack.gateWords());
            NeedleMemo alone = new NeedleMemo(pack.gateWords());
            for (int[] span : spans) {
                inText.on(text, span[0], span[1]);
                alone.on(LiteralGate.lower(whole.substring(span[0], span[1])));
                for (LiteralGate g : gates) {
                    assertEquals(g.lastStart(alone), g.lastStart(inText), pack.language());
                    compared++;
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    private static List<Integer> occurrences(NeedleMemo memo, int id, String word) {
        List<Integer> out = new ArrayList<>();
        for (int o = memo.firstOccurrence(id, word); o >= 0; o = memo.nextOccurrence(o)) {
            out.add(memo.occurrenceStart(o));
        }
        return out;
    }

    @Test
    void sameWordSameNumber() {
        assertEquals(NeedleMemo.idOf("according to"), NeedleMemo.idOf("according " + "to"));
        assertTrue(NeedleMemo.idOf("zufolge") != NeedleMemo.idOf("selon"));
    }

    @Test
    void everyPackGateGivesTheSameLastStartThroughOneSharedMemo() {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> sentences = Texts.packExamples(packs);
        List<LiteralGate> gates = new ArrayList<>();
        packs.values().forEach(pack -> gates.addAll(gates(pack)));
        NeedleMemo memo = new NeedleMemo();
        int compared = 0;
        for (String s : sentences) {
            for (String variant : List.of(s, s.toUpperCase(Locale.ROOT), s.substring(s.length() / 2))) {
                String lower = LiteralGate.lower(TextFolding.forMatching(variant));
                memo.on(lower);
                for (LiteralGate g : gates) {
                    assertEquals(g.lastStart(lower), g.lastStart(memo), variant);
                    compared++;
                }
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    @Test
    void theScannerFindsOverlappingAndNestedWordsAtTheirLastStart() {
        NeedleScanner scanner = NeedleScanner.of(List.of("she", "he", "hers", "his", "ushe"));
        NeedleMemo memo = new NeedleMemo(scanner).on("ushers said he and she");
        assertEquals(20, last(memo, "he"));
        assertEquals(19, last(memo, "she"));
        assertEquals(2, last(memo, "hers"));
        assertEquals(0, last(memo, "ushe"));
        assertEquals(-1, last(memo, "his"));
        // a word the scanner does not know is still searched
        assertEquals(7, last(memo, "said"));
        memo.on("his");
        assertEquals(0, last(memo, "his"));
        assertEquals(-1, last(memo, "he"), "nothing carried over from the previous sentence");
    }

    private static int last(NeedleMemo memo, String word) {
        return memo.lastOf(NeedleMemo.idOf(word), word);
    }

    @Test
    void eachPackScannerAgreesWithSearchingForEveryGateOfThePack() {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        int compared = 0;
        List<String> sentences = Texts.packExamples(packs);
        for (AttributionPack pack : packs.values()) {
            List<LiteralGate> gates = gates(pack);
            NeedleMemo memo = new NeedleMemo(pack.gateWords());
            for (String s : sentences) {
                for (String variant : List.of(s, s.toUpperCase(Locale.ROOT), s.substring(s.length() / 2))) {
                    String lower = LiteralGate.lower(TextFolding.forMatching(variant));
                    memo.on(lower);
                    for (LiteralGate g : gates) {
                        assertEquals(g.lastStart(lower), g.lastStart(memo), pack.language() + ": " + variant);
                        compared++;
                    }
                    assertEquals(pack.sourcesGate().mayMatchGated(lower, LiteralGate.pairs(lower)),
                            pack.sourcesGate().mayMatchGated(memo), variant);
                    assertEquals(pack.operationsGate().mayMatchGated(lower, LiteralGate.pairs(lower)),
                            pack.operationsGate().mayMatchGated(memo), variant);
                }
            }
            // the memo above answered through the scanner's rows, not word by word
            for (LiteralGate g : gates) {
                assertTrue(g.isOpen() || g.isBoundTo(pack.gateWords()), pack.language() + " gate " + g.words());
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    /** Every gate of a pack: sourcing rules and their branches, clause breaks, actors, cues. */
    private static List<LiteralGate> gates(AttributionPack pack) {
        List<LiteralGate> out = new ArrayList<>();
        pack.sources().forEach(r -> {
            out.add(r.gate());
            if (r.branches() != null) {
                out.addAll(r.branches().gates());
            }
        });
        out.addAll(pack.clauseBreakBranches().gates());
        pack.actors().forEach(a -> out.add(a.gate()));
        for (List<Cue> cues : List.of(pack.operations(), pack.blame(), pack.confidence(), pack.negation())) {
            cues.forEach(c -> out.add(c.gate()));
        }
        return out;
    }
}
