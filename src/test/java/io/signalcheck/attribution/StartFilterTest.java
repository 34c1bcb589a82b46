package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartFilterTest {
    private static List<String> plain(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> filtered(Pattern p, LiteralGate gate, String s) {
        List<String> out = new ArrayList<>();
        int last = gate.lastStart(LiteralGate.lower(s));
        if (last < 0) {
            return out;
        }
        StartFilter f = StartFilter.of(p.pattern());
        Matcher m = p.matcher(s);
        for (int from = 0; f.find(m, s, from, last); from = StartFilter.after(m)) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        // visiting only the word starts, where the filter allows it, finds the same
        List<String> byWords = new ArrayList<>();
        WordStarts words = new WordStarts().on(s);
        for (int from = 0; f.find(m, s, from, last, words); from = StartFilter.after(m)) {
            byWords.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        assertEquals(out, byWords, p.pattern() + " by word starts on " + s);
        return out;
    }

    @Test
    void wordStartsAreAsciiWordBeginningsAndEveryNonAsciiChar() {
        WordStarts w = new WordStarts().on("Él dijo: x2 \"ok\", año-1");
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < w.count(); k++) {
            at.add(w.at(k));
        }
        // É, l (after a non-ASCII char: listed, the filter decides), d, x, o, a, ñ, o, 1 (after '-')
        assertEquals(List.of(0, 1, 3, 9, 13, 18, 19, 20, 22), at);
        assertEquals(3, w.firstAtOrAfter(4));
        assertEquals(w.count(), w.firstAtOrAfter(100));
    }

    @Test
    void onlyFiltersOfBoundaryAndAsciiWordCharsUseWordStarts() {
        assertTrue(StartFilter.of("\\b(?:said|told)\\s+x").onlyAtWordStarts());
        assertFalse(StartFilter.of("(?:said|told)\\s+x").onlyAtWordStarts(), "no \\b");
        assertFalse(StartFilter.of("\\b(?:said|\"told)\\s+x").onlyAtWordStarts(), "may begin with a quote");
        assertFalse(StartFilter.of(";|\\bbut\\b").onlyAtWordStarts(), "one branch begins with ;");
        assertTrue(StartFilter.of("(?<![\\w-])(?:russia|kremlin)(?!\\w)").onlyAtWordStarts(), "actor aliases");
        assertFalse(StartFilter.of("(?<![\\w-])(?:russia|\"kremlin)(?!\\w)").onlyAtWordStarts(), "quote first");
        assertFalse(StartFilter.of("(?<!x)(?:russia)").onlyAtWordStarts(), "another look-behind");
    }

    @Test
    void skipsPositionsWhereNoMatchCanStart() {
        Pattern p = Pattern.compile("\\b(?:said|told)\\s+\\p{Lu}\\w+", PackLoader.FLAGS);
        StartFilter f = StartFilter.of(p.pattern());
        assertFalse(f.isOpen());
        Matcher m = p.matcher("He SAID Finch, and then told Moreau.");
        assertTrue(f.find(m, "He SAID Finch, and then told Moreau.", 0));
        assertEquals("SAID Finch", m.group());
        assertTrue(f.find(m, "He SAID Finch, and then told Moreau.", StartFilter.after(m)));
        assertEquals("told Moreau", m.group());
    }

    @Test
    void looksBehindTheTriedStartAsAPlainFindDoes() {
        Pattern p = Pattern.compile("(?<![\\w-])(?:russia)(?!\\w)", PackLoader.FLAGS);
        assertEquals(plain(p, "pro-Russia accounts, then Russia."), filtered(p, LiteralGate.of(p.pattern()),
                "pro-Russia accounts, then Russia."));
    }

    @Test
    void patternsThatCanMatchEmptyOrAreUnreadableStayOpen() {
        assertTrue(StartFilter.of("(?:abc)?").isOpen());
        assertTrue(StartFilter.of("\\Qabc\\E").isOpen());
        assertTrue(StartFilter.of("(a)\\1").isOpen());
    }

    @Test
    void findsExactlyWhatMatcherFindFindsForEveryPackPattern() {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> sentences = new ArrayList<>(Texts.packExamples(packs));
        List<String> variants = new ArrayList<>();
        for (String s : sentences) {
            String m = TextFolding.forMatching(s);
            variants.add(m);
            variants.add(m.toUpperCase(java.util.Locale.ROOT));
            variants.add(m.substring(m.length() / 3));
        }
        int patterns = 0;
        for (AttributionPack pack : packs.values()) {
            List<Object[]> all = new ArrayList<>();
            pack.sources().forEach(r -> all.add(new Object[] {r.pattern(), r.gate()}));
            pack.actors().forEach(a -> all.add(new Object[] {a.pattern(), a.gate()}));
            for (List<Cue> cues : List.of(pack.operations(), pack.blame(), pack.confidence(), pack.negation())) {
                cues.forEach(c -> all.add(new Object[] {c.pattern(), c.gate()}));
            }
            all.add(new Object[] {pack.clauseBreak(), LiteralGate.of(pack.clauseBreak().pattern())});
            for (Object[] pg : all) {
                Pattern p = (Pattern) pg[0];
                patterns++;
                for (String s : variants) {
                    List<String> expected = plain(p, s);
                    if (((LiteralGate) pg[1]).mayMatch(LiteralGate.lower(s))) {
                        assertEquals(expected, filtered(p, (LiteralGate) pg[1], s), p.pattern() + " on " + s);
                    } else {
                        assertEquals(List.of(), expected, "gate closed on a match: " + p.pattern() + " on " + s);
                    }
                }
            }
        }
        assertTrue(patterns > 100, "all packs' patterns checked: " + patterns);
    }
}
