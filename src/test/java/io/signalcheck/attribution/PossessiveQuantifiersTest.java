package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Possessive quantifiers in the packs, each where giving characters back (or, for a lazy run, taking more)
 * can never lead to another match, only to slow failures: the {CAP} macro takes a capitalised word's letters
 * possessively ({@code *+}; nothing that may follow a name, {@code \s}, {@code '}, {@code ,} or the end, can
 * start inside the word); an apposition {@code ,\s[^,]{2,90}+,} and a clause before a name
 * {@code [^,.;"]{1,80}+,} take their run possessively (what follows is a comma, which the run cannot hold, so
 * the greedy and lazy forms end at the same first comma). This checks both claims rule by rule: the same rule with greedy quantifiers finds exactly
 * the same matches, with the same groups, on every pack example and every sentence of the corpus, as written
 * and upper-cased.
 */
class PossessiveQuantifiersTest {
    private static final String[][] POSSESSIVE_TO_GREEDY = {
        {"\\.(?=\\p{L}))*+(?:'", "\\.(?=\\p{L}))*(?:'"},
        {"[^,]{2,90}+,", "[^,]{2,90},"},
        // a run that cannot hold a comma, then a comma: the lazy form also stops at the first comma
        {"[^,.;\\\"]{1,80}+,", "[^,.;\\\"]{1,80}?,"},
        {"[^,.;\\\"]{1,60}+,", "[^,.;\\\"]{1,60}?,"}};

    @Test
    void greedyAndPossessiveFormsFindTheSameMatchesEverywhere() throws Exception {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> sentences = new ArrayList<>(Texts.packExamples(packs));
        sentences.addAll(Texts.corpusSentences());
        int rules = 0;
        long compared = 0;
        for (AttributionPack pack : packs.values()) {
            for (SourceRule r : pack.sources()) {
                Pattern fast = r.pattern();
                String greedy = fast.pattern();
                for (String[] pair : POSSESSIVE_TO_GREEDY) {
                    greedy = greedy.replace(pair[0], pair[1]);
                }
                if (greedy.equals(fast.pattern())) {
                    continue;
                }
                rules++;
                Pattern slow = Pattern.compile(greedy, fast.flags());
                for (String s : sentences) {
                    for (String v : List.of(TextFolding.forMatching(s), TextFolding.forMatching(s).toUpperCase(Locale.ROOT))) {
                        assertEquals(Texts.allMatches(slow, v), Texts.allMatches(fast, v), r.id() + " on " + v);
                        compared++;
                    }
                }
            }
        }
        assertTrue(rules >= 12, "rules with a possessive quantifier: " + rules);
        for (String[] pair : POSSESSIVE_TO_GREEDY) {
            assertTrue(packs.values().stream().flatMap(p -> p.sources().stream())
                    .anyMatch(r -> r.pattern().pattern().contains(pair[0])), "no rule uses " + pair[0]);
        }
        assertTrue(sentences.size() > 1000, "sentences: " + sentences.size());
        assertTrue(compared > 20_000, "compared " + compared);
    }
}
