package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartWindowTest {
    private static final int F = PackLoader.FLAGS;

    @Test
    void whitespaceRunsAreBoundedByThePattern() {
        assertEquals(1, WhitespaceRuns.of("\\s+", F), "one run however long");
        assertEquals(1, WhitespaceRuns.of("a b", F));
        assertEquals(3, WhitespaceRuns.of("(?:\\w+\\s+){0,3}", F));
        assertEquals(0, WhitespaceRuns.of("\\p{Lu}[\\p{L}-]*+", F), "letters hold no space");
        assertEquals(90, WhitespaceRuns.of("[^,]{2,90}+", F), "each char of a mixed class may start a run");
        assertEquals(WhitespaceRuns.UNBOUNDED, WhitespaceRuns.of("[^,]*", F));
        assertEquals(WhitespaceRuns.UNBOUNDED, WhitespaceRuns.of(".+", F));
        assertEquals(0, WhitespaceRuns.of("(?=\\s\\s)(?<!\\s)\\b", F), "look-arounds and anchors take nothing");
        assertEquals(2, WhitespaceRuns.of("(?:said|told\\s+a\\s+)", F), "an alternation takes its widest branch");
        assertEquals(WhitespaceRuns.UNBOUNDED, WhitespaceRuns.of("a\\tb", F), "unread syntax gives no bound");
        assertEquals(WhitespaceRuns.UNBOUNDED, WhitespaceRuns.of("(?x)a b", F), "comments mode is not read");
        assertNull(WhitespaceRuns.prefixBounds("a|b", F), "top-level alternation has no prefixes");
        List<WhitespaceRuns.Prefix> bounds = WhitespaceRuns.prefixBounds("\\bsaid\\s+(?:the\\s+)?x", F);
        assertNotNull(bounds);
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 2, 2), bounds.stream().map(WhitespaceRuns.Prefix::runs).toList());
    }

    @Test
    void punctuationAPatternCannotHoldStopsItsWindows() {
        long all = stopsOf(WhitespaceRuns.STOP_CANDIDATES);
        assertEquals(all, WhitespaceRuns.stops("(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}officials", F), "letters and spaces");
        assertEquals(all & ~stopsOf(","), WhitespaceRuns.stops("x,\\s+y", F), "a literal comma is held");
        assertEquals(all & ~stopsOf(".;"), WhitespaceRuns.stops("u\\.s\\.[^,:()\"!?]", F), "escapes and classes");
        assertEquals(0, WhitespaceRuns.stops("a.b", F), "the dot holds everything");
        assertEquals(all, WhitespaceRuns.stops("(?<=[,;:(]\\s{0,2})(?=[.!?])\\p{Lu}", F),
                "look-arounds consume nothing");
        assertEquals(0, WhitespaceRuns.stops("a\\1", F), "unread syntax stops nothing");
        assertEquals(all & ~stopsOf(",("), WhitespaceRuns.prefixBounds("\\(?\\w+,\\s+said", F).get(5).stops());
    }

    private static long stopsOf(String chars) {
        long m = 0;
        for (char c : chars.toCharArray()) {
            m |= 1L << c;
        }
        return m;
    }

    @Test
    void everyCharTheRegexCallsWhitespaceIsASpaceToTheWindows() {
        Pattern s = Pattern.compile("\\s", F);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (s.matcher(String.valueOf((char) c)).matches() || Character.isWhitespace(c)) {
                assertTrue(WhitespaceRuns.isSpace((char) c), "char " + c);
            }
        }
        assertFalse(WhitespaceRuns.isSpace('a'));
        assertFalse(WhitespaceRuns.isSpace(','));
    }

    @Test
    void aRuleStartsAFewWordsBeforeTheWordItRequires() {
        AttributionPack en = new PackLoader().loadAll().get("en");
        SourceRule rule = rule(en, "en.anonymous.unnamed_official_said");
        assertNotNull(rule.window());
        assertTrue(rule.window().words().contains("official"), rule.window().words().toString());
        String s = "On Monday, as the talks went on, two senior western officials said the domains were new.";
        NeedleMemo memo = new NeedleMemo(en.gateWords()).on(LiteralGate.lower(s));
        StartWindow.Spans spans = new StartWindow.Spans();
        rule.window().fill(memo, s.toCharArray(), spans);
        assertEquals(1, spans.count);
        assertTrue(spans.lo[0] > 0 && spans.lo[0] <= s.indexOf("two"), "from " + spans.lo[0]);
        assertEquals(s.indexOf("officials"), spans.hi[0]);
        assertEquals(s.indexOf(", two") + 1, spans.lo[0],
                "no start before the comma: the words before 'officials' hold none");
        Matcher m = rule.pattern().matcher(s);
        assertTrue(spans.find(m, rule.starts(), s, 0, s.length(), new WordStarts().on(s)));
        assertEquals("two senior western officials said", m.group());
        SourceRule laut = rule(new PackLoader().loadAll().get("de"), "de.named.laut_name");
        assertNotNull(laut.window(), "a branch of two-letter words only (', so Müller') still has a window");
        assertTrue(laut.window().words().contains("so"), laut.window().words().toString());
        String none = "The domains were registered in May.";
        rule.window().fill(new NeedleMemo(en.gateWords()).on(LiteralGate.lower(none)), none.toCharArray(), spans);
        assertEquals(0, spans.count, "no required word, no window");
    }

    @Test
    void aNameBeforeAnAppositionStartsBeforeTheCommasThatLeadToTheVerb() {
        AttributionPack en = new PackLoader().loadAll().get("en");
        SourceRule rule = rule(en, "en.named.name_said");
        assertNotNull(rule.window(), "the optional apposition is read both ways");
        String s = "In Paris on Monday, the foreign minister Jean Dupont, a former diplomat, said the accounts were "
                + "fake.";
        NeedleMemo memo = new NeedleMemo(en.gateWords()).on(LiteralGate.lower(s));
        StartWindow.Spans spans = new StartWindow.Spans();
        rule.window().fill(memo, s.toCharArray(), spans);
        assertTrue(spans.count > 0);
        assertTrue(spans.lo[0] > s.indexOf("Monday"), "nothing before the comma that ends the head: " + spans.lo[0]);
        Matcher m = rule.pattern().matcher(s);
        assertTrue(spans.find(m, rule.starts(), s, 0, s.length(), new WordStarts().on(s)));
        assertEquals("Jean Dupont, a former diplomat, said", m.group());
        String commasNotBeforeTheVerb = "Jean Dupont, a former diplomat, left the building early on Monday. "
                + "Officials said nothing.";
        rule.window().fill(new NeedleMemo(en.gateWords()).on(LiteralGate.lower(commasNotBeforeTheVerb)),
                commasNotBeforeTheVerb.toCharArray(), spans);
        assertTrue(spans.count > 0 && spans.lo[0] > commasNotBeforeTheVerb.indexOf("Dupont"),
                "the apposition is not followed by the verb: no start at the name before it, from " + spans.lo[0]);
    }

    /**
     * The windows only skip starts where nothing can match: the same matches, groups included, as Matcher.find,
     * for every sourcing rule (with its live branches), cue and actor pattern that has windows.
     */
    @Test
    void windowedSearchFindsExactlyWhatMatcherFindFinds() throws Exception {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> variants = sentenceVariants(packs);
        int rules = 0;
        int branched = 0;
        int cues = 0;
        long compared = 0;
        for (AttributionPack pack : packs.values()) {
            StartWindow.Spans spans = new StartWindow.Spans();
            List<Windowed> all = new ArrayList<>();
            for (SourceRule r : pack.sources()) {
                all.add(new Windowed(r.id(), r.pattern(), r.starts(), r.branches(), r.window()));
            }
            for (List<Cue> list : List.of(pack.operations(), pack.blame(), pack.confidence(), pack.negation())) {
                list.forEach(c -> all.add(new Windowed(c.id(), c.pattern(), c.starts(), null, c.window())));
            }
            pack.actors().forEach(a -> all.add(new Windowed(a.name(), a.pattern(), a.starts(), null, a.window())));
            for (Windowed w : all) {
                if (w.window() == null) {
                    continue;
                }
                rules++;
                branched += w.branches() != null ? 1 : 0;
                cues += w.id().contains(".") ? 0 : 1;
                for (String s : variants) {
                    assertEquals(Texts.allMatches(w.pattern(), s), windowed(w, pack, s, spans), w.id() + " on " + s);
                    compared++;
                }
            }
        }
        assertTrue(rules >= 60 && branched >= 3 && cues >= 5,
                "with a window: " + rules + ", branched " + branched + ", actor patterns " + cues);
        assertTrue(compared > 300_000, "compared " + compared);
    }

    /** Windows from the places the pack's scanner lists per part equal those from searching each word of it. */
    @Test
    void listedPlacesGiveTheSameWindowsAsSearchingEachWord() throws Exception {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> variants = sentenceVariants(packs);
        long compared = 0;
        long nonEmpty = 0;
        for (AttributionPack pack : packs.values()) {
            List<StartWindow> windows = new ArrayList<>();
            pack.sources().forEach(r -> windows.add(r.window()));
            pack.actors().forEach(a -> windows.add(a.window()));
            for (List<Cue> list : List.of(pack.operations(), pack.blame(), pack.confidence(), pack.negation())) {
                list.forEach(c -> windows.add(c.window()));
            }
            windows.removeIf(w -> w == null);
            NeedleMemo listed = new NeedleMemo(pack.gateWords());
            NeedleMemo searched = new NeedleMemo();
            StartWindow.Spans a = new StartWindow.Spans();
            StartWindow.Spans b = new StartWindow.Spans();
            for (String s : variants) {
                String lower = LiteralGate.lower(s);
                listed.on(lower);
                searched.on(lower);
                char[] chars = s.toCharArray();
                for (StartWindow w : windows) {
                    w.fill(listed, chars, a);
                    w.fill(searched, chars, b);
                    assertEquals(spans(b), spans(a), pack.language() + " on " + s);
                    compared++;
                    nonEmpty += a.count > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(compared > 100_000 && nonEmpty > 5_000, "compared " + compared + ", with windows " + nonEmpty);
    }

    /** Every pack example and corpus sentence in its three matching variants ({@link Texts#matchingVariants}). */
    private static List<String> sentenceVariants(Map<String, AttributionPack> packs) throws Exception {
        List<String> sentences = new ArrayList<>(Texts.packExamples(packs));
        sentences.addAll(Texts.corpusSentences());
        return Texts.matchingVariants(sentences);
    }

    private static List<String> spans(StartWindow.Spans s) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < s.count; k++) {
            out.add(s.lo[k] + ".." + s.hi[k]);
        }
        return out;
    }

    private record Windowed(String id, Pattern pattern, StartFilter starts, BranchFilter branches,
                            StartWindow window) {}

    /** As SourceFinder searches: live branches only, restarting one char after each match start. */
    private static List<String> windowed(Windowed w, AttributionPack pack, String s, StartWindow.Spans spans) {
        List<String> out = new ArrayList<>();
        NeedleMemo memo = new NeedleMemo(pack.gateWords()).on(LiteralGate.lower(s));
        StartTest test = w.starts();
        if (w.branches() != null) {
            BranchFilter.Live live = w.branches().live(memo, s.length());
            if (live == null) {
                return out;
            }
            test = live;
        }
        w.window().fill(memo, s.toCharArray(), spans);
        WordStarts ws = new WordStarts().on(s);
        Matcher m = w.pattern().matcher(s);
        for (int from = 0; from < s.length() && spans.find(m, test, s, from, s.length(), ws); from = m.start() + 1) {
            out.add(Texts.describe(m));
        }
        return out;
    }

    private static SourceRule rule(AttributionPack pack, String id) {
        return pack.sources().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
