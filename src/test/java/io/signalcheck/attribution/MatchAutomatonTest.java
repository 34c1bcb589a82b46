package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchAutomatonTest {
    private static final int F = PackLoader.FLAGS;

    @Test
    void rejectsStartsWhereNothingCanMatchAndKeepsThoseWhereSomethingMay() {
        MatchAutomaton a = MatchAutomaton.of("\\b(?:said|says)\\s+(?-i:\\p{Lu}\\w+)");
        char[] t = "He said Smith, she SAYS Jones, they said nothing".toCharArray();
        assertTrue(a.mayMatchAt(t, 3, t.length), "said Smith");
        assertTrue(a.mayMatchAt(t, 19, t.length), "case-folded SAYS Jones");
        assertFalse(a.mayMatchAt(t, 36, t.length), "said nothing: no capital");
        assertFalse(a.mayMatchAt(t, 0, t.length), "He");
        assertFalse(a.mayMatchAt(t, 3, 9), "the match would end past the region");
    }

    @Test
    void readsLookAroundsAndBoundariesAsEmptyAndLazyOrPossessiveAsGreedy() {
        MatchAutomaton a = MatchAutomaton.of("(?<![\\w-])x(?=y)\\b[^,]{2,90}+,z*?!");
        char[] t = "xyab,!".toCharArray();
        assertTrue(a.mayMatchAt(t, 0, t.length)); // the regex fails here (look-ahead, \b): a superset may say yes
        assertFalse(a.mayMatchAt("xa,!".toCharArray(), 0, 4), "[^,]{2,} needs two chars before the comma");
    }

    @Test
    void boundsUpToTheLimitAreExactAndWiderOnesUnbounded() {
        assertFalse(MatchAutomaton.of("a{2,3}b").mayMatchAt("aaaab".toCharArray(), 0, 5));
        assertTrue(MatchAutomaton.of("a{2,3}b").mayMatchAt("aaab".toCharArray(), 0, 4));
        String wide = "a{2," + (MatchAutomaton.MAX_BOUND + 1) + "}b";
        char[] longer = ("a".repeat(MatchAutomaton.MAX_BOUND + 5) + "b").toCharArray();
        assertTrue(MatchAutomaton.of(wide).mayMatchAt(longer, 0, longer.length), "superset past the limit");
    }

    /** A leading group of anchors and look-behinds is checked backwards from the start (German name_sagte). */
    @Test
    void aLeadingLookBehindGroupIsReadBackwardsFromTheStart() {
        String regex = "(?:^|(?<=[,;:]\\s{0,2})|(?<=\\bwie\\s))\\s*(?-i:\\p{Lu}\\w+)\\s+sagte";
        MatchAutomaton a = MatchAutomaton.of(regex);
        Pattern p = Pattern.compile(regex, F);
        for (String s : List.of("Merz sagte", "Gestern, Merz sagte", "so wie Merz sagte", "so WIE Merz sagte",
                "Die Regierung sagte", "Gestern;  Merz sagte", "gestern sagte Merz sagte")) {
            char[] t = s.toCharArray();
            int at = s.indexOf("sagte") - 1;
            at = s.lastIndexOf(' ', at - 1) + 1;
            Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(at, s.length());
            assertEquals(m.lookingAt(), a.mayMatchAt(t, at, t.length), s);
        }
        assertEquals(List.of("^", "(?<=[,;:]\\s{0,2})", "(?<=\\bwie\\s)"), MatchAutomaton.leadingContext(regex));
        assertNull(MatchAutomaton.leadingContext("(?:^|(?<=,))?x"), "optional group");
        assertNull(MatchAutomaton.leadingContext("(?:^|(?<=,))x|y"), "top-level alternation");
        assertNull(MatchAutomaton.leadingContext("(?:^|x)y"), "not only anchors and look-behinds");
    }

    @Test
    void aSurrogatePairIsOneCodePointAsForTheRegex() {
        String regex = "\\p{L},";
        String text = "\uD835\uDC00,"; // MATHEMATICAL BOLD CAPITAL A, a letter outside the BMP
        assertTrue(Pattern.compile(regex, F).matcher(text).lookingAt());
        assertTrue(MatchAutomaton.of(regex).mayMatchAt(text.toCharArray(), 0, text.length()));
    }

    @Test
    void unreadableSyntaxGivesNoAutomaton() {
        assertNull(MatchAutomaton.of("(a)\\1"));
        assertNull(MatchAutomaton.of("[a&&[b]]"));
        assertNotNull(MatchAutomaton.of("(?<name>\\p{Lu}\\w+)"));
    }

    /** Each atom the packs use, against every BMP char: what the regex matches, the automaton lets through. */
    @Test
    void everyAtomLetsThroughEveryCharItsRegexMatches() {
        List<String> atoms = new ArrayList<>(List.of("\\w", "\\W", "\\s", "\\S", "\\d", "\\p{L}", "\\p{Lu}", "\\p{Ll}",
                "\\p{M}", "\\p{Nd}", "(?-i:\\p{Lu})", "(?-i:\\p{Ll})", "[^,]", "[^,.;\"]", "[\\w-]",
                "[\\p{L}\\p{M}\\p{Nd}&-]", "[a-z]", "(?-i:[a-z])", "[A-Z]", "[e\u00e9\u00e8]", "[^\\s]", ".", "\u00e9",
                "(?-i:\u00c9)", "\u00df", "\\.", "\\-", "[0-9]", "[,;:]", "\\p{IsAlphabetic}", "[^\\W]", "[^\\p{Punct}]",
                "[^\\d]", "[^\\w-]", "[^\\S]"));
        for (char c = 0x20; c < 0x7F; c++) {
            String lit = Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '"' || c == ',' || c == '-'
                    ? String.valueOf(c) : "\\" + c;
            atoms.add(lit);
            atoms.add("(?-i:" + lit + ")");
        }
        int checked = 0;
        for (String atom : atoms) {
            Matcher m = Pattern.compile(atom, F).matcher("");
            MatchAutomaton a = MatchAutomaton.of(atom);
            assertNotNull(a, atom);
            char[] one = new char[1];
            for (int c = 0; c <= 0xFFFF; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                one[0] = (char) c;
                if (m.reset(String.valueOf((char) c)).matches()) {
                    assertTrue(a.mayMatchAt(one, 0, 1), atom + " matches U+" + Integer.toHexString(c));
                    checked++;
                }
            }
        }
        assertTrue(checked > 500_000, "checked " + checked);
    }

    /**
     * The property the search relies on, for every pattern a pack compiles and every start of every pack example
     * (as written, upper-cased, re-spaced): where the automaton says no, the regex finds no match either.
     */
    @Test
    void neverRejectsAStartWhereAPackPatternMatches() {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> variants = Texts.matchingVariants(Texts.packExamples(packs));
        int patterns = 0;
        long rejected = 0;
        long starts = 0;
        for (AttributionPack pack : packs.values()) {
            for (Pattern p : patterns(pack)) {
                MatchAutomaton a = MatchAutomaton.of(p.pattern());
                assertNotNull(a, "every pack pattern is readable: " + p.pattern());
                patterns++;
                for (String s : variants) {
                    int bad = firstUnsoundStart(p, a, s);
                    assertEquals(-1, bad, () -> p.pattern() + " matches at " + bad + " of " + s);
                    starts += s.length();
                }
                rejected += rejections(a, variants.get(0));
            }
        }
        assertTrue(patterns > 150, "patterns " + patterns);
        assertTrue(starts > 10_000_000L, "starts " + starts);
        assertTrue(rejected > 0);
    }

    /** The check above is not blind: an automaton that forgets case folding is caught on upper-cased text. */
    @Test
    void theSoundnessCheckCatchesAnAutomatonThatForgetsCaseFolding() {
        Pattern p = Pattern.compile("\\bsaid\\b", F);
        assertEquals(-1, firstUnsoundStart(p, MatchAutomaton.of(p.pattern()), "HE SAID IT"));
        assertEquals(3, firstUnsoundStart(p, MatchAutomaton.of("(?-i:said)"), "HE SAID IT"));
    }

    /** What it is for: most of the starts the costliest rules still tried before it fail in the automaton. */
    @Test
    void rejectsMostFailingStartsOfTheCostliestRulesOnTheCorpus() throws Exception {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> sentences = Texts.corpusSentences();
        for (String id : List.of("en.anonymous.unnamed_official_said", "de.named.name_sagte", "fr.named.nom_dit",
                "es.named.nombre_dijo")) {
            SourceRule rule = packs.get(id.substring(0, 2)).sources().stream().filter(r -> r.id().equals(id))
                    .findFirst().orElseThrow();
            MatchAutomaton a = MatchAutomaton.of(rule.pattern().pattern());
            long failing = 0;
            long caught = 0;
            for (String raw : sentences) {
                String s = TextFolding.forMatching(raw);
                char[] chars = s.toCharArray();
                Matcher m = rule.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                WordStarts ws = new WordStarts().on(s);
                for (int k = 0; k < ws.count(); k++) {
                    int i = ws.at(k);
                    if (!m.region(i, s.length()).lookingAt()) {
                        failing++;
                        caught += a.mayMatchAt(chars, i, chars.length) ? 0 : 1;
                    }
                }
            }
            assertTrue(failing > 10_000 && caught > 0.95 * failing, id + ": caught " + caught + " of " + failing);
        }
    }

    /** Sourcing rules fail at most tried starts and get automata; actor patterns nearly always match, and do not. */
    @Test
    void onlySourcingRulesWalkAnAutomaton() {
        AttributionPack en = new PackLoader().loadAll().get("en");
        assertTrue(en.sources().stream().allMatch(r -> r.starts().automaton() != null || r.starts().isOpen()));
        assertTrue(en.sources().stream().anyMatch(r -> r.starts().automaton() != null));
        assertTrue(en.actors().stream().allMatch(a -> a.starts().automaton() == null));
    }

    @Test
    void eachThreadBuildsItsOwnStates() throws Exception {
        MatchAutomaton a = MatchAutomaton.of("\\b(?:said|says)\\s+\\w+");
        char[] t = "she said it".toCharArray();
        assertTrue(a.mayMatchAt(t, 4, t.length));
        int here = a.builtStates();
        assertTrue(here > 3, "states " + here);
        AtomicInteger there = new AtomicInteger(-1);
        Thread other = new Thread(() -> there.set(a.builtStates()));
        other.start();
        other.join();
        assertEquals(1, there.get(), "a new thread starts from its initial state only");
        assertEquals(here, a.builtStates(), "this thread's states are still its own after another thread's use");
        // threads taking turns on one automaton: each walks its own states and answers alike
        char[] no = "she sold it".toCharArray();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger wrong = new AtomicInteger();
        for (int k = 0; k < 4; k++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    if (!a.mayMatchAt(t, 4, t.length) || a.mayMatchAt(no, 4, no.length)) {
                        wrong.incrementAndGet();
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(0, wrong.get());
        assertEquals(here, a.builtStates());
    }

    @Test
    void statesPastTheCapAreDroppedAndTheRegexDecides() {
        MatchAutomaton a = MatchAutomaton.of("abcdefgh", 4);
        char[] t = "abcdefgh".toCharArray();
        assertTrue(a.mayMatchAt(t, 0, t.length), "cap reached: cannot tell, so yes");
        assertTrue(a.builtStates() <= 4);
        assertFalse(a.mayMatchAt("xbc".toCharArray(), 0, 3), "after the reset the automaton still rejects");
    }

    private static List<Pattern> patterns(AttributionPack pack) {
        List<Pattern> out = new ArrayList<>();
        pack.sources().forEach(r -> out.add(r.pattern()));
        for (List<Cue> list : List.of(pack.operations(), pack.blame(), pack.confidence(), pack.negation())) {
            list.forEach(c -> out.add(c.pattern()));
        }
        pack.actors().forEach(a -> out.add(a.pattern()));
        out.add(pack.clauseBreak());
        return out;
    }

    /** The first start of {@code s} where the automaton says no but the regex matches, or -1. */
    private static int firstUnsoundStart(Pattern p, MatchAutomaton a, String s) {
        char[] chars = s.toCharArray();
        Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < chars.length; i++) {
            if (!a.mayMatchAt(chars, i, chars.length) && m.region(i, s.length()).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private static int rejections(MatchAutomaton a, String s) {
        char[] chars = s.toCharArray();
        int out = 0;
        for (int i = 0; i < chars.length; i++) {
            out += a.mayMatchAt(chars, i, chars.length) ? 0 : 1;
        }
        return out;
    }
}
