package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BranchFilterTest {
    private static List<String> plain(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> branched(SourceRule r, String s) {
        List<String> out = new ArrayList<>();
        String lower = LiteralGate.lower(s);
        int last = r.gate().lastStart(lower);
        BranchFilter.Live live = last < 0 ? null : r.branches().live(lower, last);
        if (live == null) {
            return out;
        }
        Matcher m = r.pattern().matcher(s);
        for (int from = 0; live.find(m, s, from); from = StartFilter.after(m)) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        // visiting only the word starts, where the live branches allow it, finds the same
        List<String> byWords = new ArrayList<>();
        WordStarts words = new WordStarts().on(s);
        for (int from = 0; live.find(m, s, from, words); from = StartFilter.after(m)) {
            byWords.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        assertEquals(out, byWords, r.id() + " by word starts on " + s);
        return out;
    }

    @Test
    void splitsOnlyAtTopLevelBars() {
        assertEquals(List.of("a(?:b|c)", "[|x]d", "\\|e"), BranchFilter.split("a(?:b|c)|[|x]d|\\|e"));
        assertEquals(List.of("(?<n>x|y)z"), BranchFilter.split("(?<n>x|y)z"));
        assertNull(BranchFilter.split("(?i)a|b"), "top-level inline flags reach later branches");
        assertNull(BranchFilter.split("\\Qa|b\\E"));
        assertNull(BranchFilter.split("(a)|\\1"));
    }

    @Test
    void deadBranchesAreNotTried() {
        Pattern p = Pattern.compile("\\blaut\\s+(?<name>\\p{Lu}\\p{L}+)|(?<name2>\\p{Lu}\\p{L}+)\\s+zufolge\\b");
        BranchFilter f = BranchFilter.of(p);
        assertNotNull(f);
        String s = "Die Domains wurden im März registriert.";
        assertNull(f.live(LiteralGate.lower(s), s.length()), "no branch's words occur");
        String t = "Die Domains wurden laut Meta im März registriert.";
        BranchFilter.Live live = f.live(LiteralGate.lower(t), t.length());
        assertNotNull(live);
        Matcher m = p.matcher(t);
        assertTrue(live.find(m, t, 0));
        assertEquals("laut Meta", m.group());
    }

    @Test
    void findsExactlyWhatMatcherFindFindsForEveryBranchedPackRule() {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> sentences = new ArrayList<>(Texts.packExamples(packs));
        List<String> variants = new ArrayList<>();
        for (String s : sentences) {
            String m = TextFolding.forMatching(s);
            variants.add(m);
            variants.add(m.toUpperCase(Locale.ROOT));
            variants.add(m.substring(m.length() / 3));
        }
        int rules = 0;
        boolean lautName = false;
        for (AttributionPack pack : packs.values()) {
            for (SourceRule r : pack.sources()) {
                if (r.branches() == null) {
                    continue;
                }
                rules++;
                lautName |= r.id().equals("de.named.laut_name");
                for (String s : variants) {
                    assertEquals(plain(r.pattern(), s), branched(r, s), r.id() + " on " + s);
                }
            }
        }
        assertTrue(rules >= 3 && lautName, "branched rules checked: " + rules);
    }

    @Test
    void clauseBreaksAreFoundExactlyAsMatcherFindFindsThem() {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> sentences = new ArrayList<>(Texts.packExamples(packs));
        sentences.add("It was quick; but the report, however, came late: while we waited; though not long");
        int compared = 0;
        for (AttributionPack pack : packs.values()) {
            BranchFilter branches = pack.clauseBreakBranches();
            assertNotNull(branches, pack.language() + " clause breaks are an alternation");
            for (String raw : sentences) {
                for (String s : List.of(TextFolding.forMatching(raw), raw.toUpperCase(Locale.ROOT))) {
                    List<String> found = new ArrayList<>();
                    BranchFilter.Live live = branches.live(LiteralGate.lower(s), s.length());
                    Matcher m = pack.clauseBreak().matcher(s);
                    for (int from = 0; live != null && live.find(m, s, from); from = StartFilter.after(m)) {
                        found.add(m.start() + "-" + m.end() + ":" + m.group());
                    }
                    assertEquals(plain(pack.clauseBreak(), s), found, pack.language() + " on " + s);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }
}
