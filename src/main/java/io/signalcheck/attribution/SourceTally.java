package io.signalcheck.attribution;

import io.signalcheck.report.SourceCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts distinct sources. Dedupe rule:
 * <ul>
 *   <li>named: two mentions are one source when one folded name ends with the other, word by word
 *       ("Innenministerin Nancy Faeser" = "Nancy Faeser" = "Faeser"; "Microsoft" twice is one);</li>
 *   <li>anonymous and documentary: one source per folded key phrase (articles, numbers and other pack stopwords
 *       removed, so "a senior official" = "the senior official", but "two people familiar" differs); a mention
 *       that also names its author ("a report by Graphika") only merges with the same phrase unnamed or with the
 *       same author.</li>
 * </ul>
 * Mentions are taken in text order; the first mention of each source is its representative.
 */
final class SourceTally {
    /** A distinct source and the mentions merged into it. */
    record Source(SourceKind kind, String key, String name, List<SourceMention> mentions) {}

    private final List<Source> sources = new ArrayList<>();
    /**
     * Sources (by index, in order) that a mention can be the same as: same kind and key, or for names the same
     * last word (a name that is another or ends with it shares its last word). A long article names hundreds of
     * sources; comparing each mention with all of them made counting quadratic.
     */
    private final Map<Bucket, List<Integer>> candidates = new HashMap<>();

    /** Where a mention's possible equals are kept: kind, and key (or last word of the name). */
    private record Bucket(SourceKind kind, String word) {}

    void add(SourceMention m) {
        List<Integer> same = candidates.computeIfAbsent(bucket(m.kind(), m.key(), m.name()), k -> new ArrayList<>());
        for (int i : same) {
            Source s = sources.get(i);
            if (s.kind() == m.kind() && sameSource(s, m)) {
                String name = m.name().length() > s.name().length() ? m.name() : s.name();
                s.mentions().add(m);
                sources.set(i, new Source(s.kind(), s.key(), name, s.mentions()));
                return;
            }
        }
        List<SourceMention> mentions = new ArrayList<>();
        mentions.add(m);
        same.add(sources.size());
        sources.add(new Source(m.kind(), m.key(), m.name(), mentions));
    }

    private static Bucket bucket(SourceKind kind, String key, String name) {
        return new Bucket(kind, kind == SourceKind.NAMED ? name.substring(name.lastIndexOf(' ') + 1) : key);
    }

    private static boolean sameSource(Source s, SourceMention m) {
        if (m.kind() == SourceKind.NAMED) {
            return wordSuffix(s.name(), m.name());
        }
        return s.key().equals(m.key()) && (s.name().isEmpty() || m.name().isEmpty() || s.name().equals(m.name()));
    }

    /** True when one name is the other or ends with it on a word boundary. */
    static boolean wordSuffix(String a, String b) {
        return a.equals(b) || endsWithWord(a, b) || endsWithWord(b, a);
    }

    /** {@code a.endsWith(" " + b)} without building the string. */
    private static boolean endsWithWord(String a, String b) {
        int at = a.length() - b.length() - 1;
        return at >= 0 && a.charAt(at) == ' ' && a.endsWith(b);
    }

    List<Source> sources() {
        return List.copyOf(sources);
    }

    SourceCounts counts() {
        int named = 0;
        int anonymous = 0;
        int documentary = 0;
        for (Source s : sources) {
            switch (s.kind()) {
                case NAMED -> named++;
                case ANONYMOUS -> anonymous++;
                case DOCUMENTARY -> documentary++;
            }
        }
        return new SourceCounts(named, anonymous, documentary);
    }
}
