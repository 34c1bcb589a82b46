package io.signalcheck.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the attributions of claims in one sentence with a language pack's sourcing rules. */
final class SourceFinder {
    /** How many {NAME}s one pattern may hold (one per alternative). */
    static final int MAX_NAMES = 4;

    /**
     * Overlap resolution order: documentary before anonymous before named, then longer, then earlier, then by rule
     * id. Written out rather than chained: a chain boxed the length of every pair compared.
     */
    private static final Comparator<SourceMention> BY_PRIORITY = (a, b) -> {
        int c = a.kind().compareTo(b.kind());
        if (c == 0) {
            c = Integer.compare(b.end() - b.start(), a.end() - a.start());
        }
        if (c == 0) {
            c = Integer.compare(a.start(), b.start());
        }
        return c != 0 ? c : a.rule().compareTo(b.rule());
    };
    private static final Comparator<SourceMention> BY_POSITION = (a, b) -> {
        int c = Integer.compare(a.start(), b.start());
        return c != 0 ? c : a.rule().compareTo(b.rule());
    };

    private final AttributionPack pack;
    private final MatcherCache matchers = new MatcherCache();
    private final WordStarts words;
    private final Map<Pattern, boolean[]> groupsByPattern = new IdentityHashMap<>();
    private final SentenceGate anyRule;
    private final Set<String> backupRules = new HashSet<>();
    private final StartWindow.Spans windows = new StartWindow.Spans();
    /**
     * Cleaned names and keys by the text they come from: a text names the same sources again and again, and
     * folding (Unicode decomposition) cost more than the matching that found them. One finder per text.
     */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    SourceFinder(AttributionPack pack) {
        this(pack, new WordStarts());
    }

    /** With the word-start list the other finder of the same text fills, so each sentence is read once. */
    SourceFinder(AttributionPack pack, WordStarts words) {
        this.words = words;
        this.pack = pack;
        this.anyRule = pack.sourcesGate();
        pack.sources().stream().filter(SourceRule::backup).forEach(r -> backupRules.add(r.id()));
    }

    /**
     * Every rule runs on the sentence; where two matches share words the documentary one wins over the anonymous
     * one over the named one (a statement by Microsoft is a document; "a senior official at Microsoft" is
     * anonymous), then the longer match wins. {@code sentence} is in matching form, {@code offset} its start.
     */
    List<SourceMention> find(String sentence, int offset) {
        return find(sentence, LiteralGate.lower(sentence), offset);
    }

    /** As {@link #find(String, int)}, with the sentence lower-cased by {@link LiteralGate#lower} already. */
    List<SourceMention> find(String sentence, String lower, int offset) {
        return find(sentence, new NeedleMemo().on(lower), offset);
    }

    /** As {@link #find(String, String, int)}, with the lower-cased sentence and its gate words in {@code memo}. */
    List<SourceMention> find(String sentence, NeedleMemo memo, int offset) {
        List<SourceMention> candidates = new ArrayList<>();
        // most sentences hold no gate word of any rule: then only the rules without a gate can match
        boolean gatedLive = anyRule.mayMatchGated(memo);
        for (SourceRule rule : pack.sources()) {
            if (!gatedLive && !rule.gate().isOpen()) {
                continue;
            }
            int lastStart = rule.gate().lastStart(memo);
            if (lastStart < 0) {
                continue;
            }
            BranchFilter.Live live = null;
            if (rule.branches() != null) {
                live = rule.branches().live(memo, lastStart);
                if (live == null) {
                    continue;
                }
            }
            WordStarts ws = words.on(sentence);
            if (rule.window() != null) {
                rule.window().fill(memo, ws.chars(), windows);
                if (windows.count == 0) {
                    continue;
                }
            }
            Matcher m = matchers.on(rule.pattern(), sentence);
            StartTest test = live != null ? live : rule.starts();
            int last = live != null ? live.lastStart : lastStart;
            // restart one char after each match start, so that a longer match that begins inside a shorter one
            // ("según fuentes" / "fuentes de seguridad") is still a candidate for the overlap resolution below
            int from = 0;
            while (from < sentence.length() && (rule.window() != null ? windows.find(m, test, sentence, from, last, ws)
                    : live != null ? live.find(m, sentence, from, ws)
                    : rule.starts().find(m, sentence, from, lastStart, ws))) {
                from = m.start() + 1;
                if (m.end() == m.start()) {
                    continue;
                }
                SourceMention mention = toMention(rule, m, offset);
                if (mention != null) {
                    candidates.add(mention);
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of(); // most sentences: nothing to resolve
        }
        candidates.sort(BY_PRIORITY);
        List<SourceMention> kept = new ArrayList<>(candidates.size());
        for (SourceMention c : candidates) {
            if (!overlapsAny(kept, c)) {
                kept.add(c);
            }
        }
        // a backup rule's mention yields to any primary rule's mention of the same kind in the sentence
        boolean[] primaryOfKind = new boolean[SourceKind.values().length];
        for (SourceMention k : kept) {
            if (!isBackup(k)) {
                primaryOfKind[k.kind().ordinal()] = true;
            }
        }
        kept.removeIf(c -> primaryOfKind[c.kind().ordinal()] && isBackup(c));
        kept.sort(BY_POSITION);
        return kept;
    }

    private static boolean overlapsAny(List<SourceMention> kept, SourceMention c) {
        for (int i = 0; i < kept.size(); i++) {
            SourceMention k = kept.get(i);
            if (k.start() < c.end() && c.start() < k.end()) {
                return true;
            }
        }
        return false;
    }

    /** Raw matches of one rule, before overlap resolution: what the pack's own examples are checked against. */
    static boolean fires(SourceRule rule, AttributionPack pack, String sentence) {
        String matching = TextFolding.forMatching(sentence);
        if (!rule.gate().mayMatch(LiteralGate.lower(matching))) {
            return false;
        }
        Matcher m = rule.pattern().matcher(matching);
        while (m.find()) {
            if (m.end() > m.start() && new SourceFinder(pack).toMention(rule, m, 0) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean isBackup(SourceMention c) {
        return backupRules.contains(c.rule());
    }

    /** Null when the rule's {NAME} caught only words that are not names ("He said", "Officials said"). */
    private SourceMention toMention(SourceRule rule, Matcher m, int offset) {
        boolean[] present = groupsOf(m.pattern());
        String name = "";
        for (int i = 1; i <= MAX_NAMES && present[i]; i++) {
            String raw = m.group(nameGroup(i));
            if (raw != null) {
                name = names.computeIfAbsent(raw, this::cleanName);
                if (name.isEmpty()) {
                    return null;
                }
                break;
            }
        }
        if (rule.kind() == SourceKind.NAMED && name.isEmpty()) {
            return null;
        }
        String key = "";
        if (rule.kind() != SourceKind.NAMED) {
            String keyText = present[0] ? m.group("key") : null;
            key = keys.computeIfAbsent(keyText != null ? keyText : m.group(),
                    t -> withoutStopwords(TextFolding.forKey(t)));
            if (key.isEmpty()) {
                key = rule.id();
            }
        }
        return new SourceMention(rule.kind(), key, name, offset + m.start(), offset + m.end(), rule.id());
    }

    /** Folded name with leading and trailing non-name words (articles, pronouns, titles listed in the pack) cut. */
    String cleanName(String raw) {
        List<String> tokens = new ArrayList<>(Arrays.asList(TextFolding.forKey(raw).split(" ")));
        tokens.removeIf(String::isEmpty);
        while (!tokens.isEmpty() && pack.notNames().contains(tokens.get(0))) {
            tokens.remove(0);
        }
        while (!tokens.isEmpty() && pack.notNames().contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        return String.join(" ", tokens);
    }

    private String withoutStopwords(String folded) {
        List<String> out = new ArrayList<>();
        for (String t : folded.split(" ")) {
            if (!t.isEmpty() && !pack.keyStopwords().contains(t)) {
                out.add(t);
            }
        }
        return String.join(" ", out);
    }

    /** Group name of the i-th {NAME} in a pattern (1-based): name, name2, name3... */
    static String nameGroup(int i) {
        return i == 1 ? "name" : "name" + i;
    }

    /** Per group, whether {@code p} has it: {@code key} at 0, then {@code name}, {@code name2}... at 1, 2... */
    private boolean[] groupsOf(Pattern p) {
        // read once per pattern: searching the pattern text for each group of each match was a visible cost
        return groupsByPattern.computeIfAbsent(p, q -> {
            boolean[] out = new boolean[MAX_NAMES + 1];
            out[0] = q.pattern().contains("(?<key>");
            for (int i = 1; i <= MAX_NAMES; i++) {
                out[i] = q.pattern().contains("(?<" + nameGroup(i) + ">");
            }
            return out;
        });
    }
}
