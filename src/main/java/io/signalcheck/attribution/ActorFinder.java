package io.signalcheck.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the actors a sentence blames for an operation, with the confidence of its wording.
 * <ol>
 *   <li>The sentence must speak of an operation (a pack {@code operations} word: campaign, hack, fake accounts...);
 *       a mention of Russia in a sports story does not qualify.</li>
 *   <li>The actor must be blamed: a {@code blame} cue ("behind", "orchestrated by", "derrière") within
 *       {@value #BLAME_WINDOW} characters in the same clause, or the actor standing next to an operation word
 *       ("Russian disinformation campaign": at most {@code adjacency.before} words between; "campagne russe":
 *       at most {@code adjacency.after} words after the operation word, no punctuation between).</li>
 *   <li>Tier: the nearest {@code confidence} cue in the same clause; none means a flat assertion (moderate).</li>
 *   <li>Negated when a {@code negation} cue (denial, "no evidence", "not behind") lies in the same clause from
 *       {@value #NEGATION_BEFORE} characters before to {@value #NEGATION_AFTER} after the actor. A negation cue inside a
 *       confidence cue ("could not determine") is not a negation.</li>
 * </ol>
 */
final class ActorFinder {
    static final int BLAME_WINDOW = 80;
    static final int NEGATION_BEFORE = 60;
    static final int NEGATION_AFTER = 50;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
    private static final Pattern HARD_PUNCT = Pattern.compile("[,;:()\"\\[\\]]");

    private record Span(int start, int end, Cue cue) {}

    private final AttributionPack pack;
    private final MatcherCache matchers = new MatcherCache();
    private final WordStarts words;
    private final StartWindow.Spans windows = new StartWindow.Spans();

    ActorFinder(AttributionPack pack) {
        this(pack, new WordStarts());
    }

    /** With the word-start list the other finder of the same text fills, so each sentence is read once. */
    ActorFinder(AttributionPack pack, WordStarts words) {
        this.words = words;
        this.pack = pack;
    }

    /** {@code sentence} is in matching form; {@code offset} is where it starts in the whole text. */
    List<ActorMention> find(String sentence, int offset) {
        return find(sentence, LiteralGate.lower(sentence), offset);
    }

    /** As {@link #find(String, int)}, with the sentence lower-cased by {@link LiteralGate#lower} already. */
    List<ActorMention> find(String sentence, String lower, int offset) {
        return find(sentence, new NeedleMemo().on(lower), offset);
    }

    /** As {@link #find(String, String, int)}, with the lower-cased sentence and its gate words in {@code memo}. */
    List<ActorMention> find(String sentence, NeedleMemo memo, int offset) {
        // no operation word, no actor: one check over every operation cue's gate words decides most sentences
        if (!pack.operationsHaveOpenGate() && !pack.operationsGate().mayMatchGated(memo)) {
            return List.of();
        }
        // no actor named, nothing to blame: the cue spans below are not needed (most sentences about an operation)
        if (!anyActorMatches(sentence, memo)) {
            return List.of();
        }
        List<Span> operations = spans(pack.operations(), sentence, memo);
        if (operations.isEmpty()) {
            return List.of();
        }
        List<Span> blame = spans(pack.blame(), sentence, memo);
        List<Span> confidence = new ArrayList<>(spans(pack.confidence(), sentence, memo));
        // "highly likely" is one high cue, not also a moderate "likely"
        confidence.removeIf(c -> confidence.stream().anyMatch(o -> o != c && o.start() <= c.start()
                && c.end() <= o.end() && (o.end() - o.start()) > (c.end() - c.start())));
        List<Span> negation = new ArrayList<>(spans(pack.negation(), sentence, memo));
        negation.removeIf(n -> confidence.stream().anyMatch(c -> overlaps(n, c)));
        List<Integer> breaks = clauseBreaks(sentence, memo);

        List<ActorMention> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        for (ActorPattern actor : pack.actors()) {
            int lastStart = actor.gate().lastStart(memo);
            if (lastStart < 0) {
                continue;
            }
            Matcher m = prepared(actor, sentence, memo);
            WordStarts ws = words.on(sentence);
            for (int from = 0; find(m, actor.starts(), actor.window(), sentence, from, lastStart, ws);
                    from = StartFilter.after(m)) {
                Span self = new Span(m.start(), m.end(), null);
                if (m.end() == m.start() || taken.stream().anyMatch(t -> overlaps(t, self))) {
                    continue;
                }
                int clause = clauseOf(breaks, m.start());
                Span because = blameCue(blame, self, breaks, clause);
                String rule = because == null ? null : because.cue().id();
                if (because == null) {
                    because = adjacentOperation(operations, self, sentence);
                    rule = pack.language() + ".actor.adjacent";
                }
                if (because == null) {
                    continue;
                }
                taken.add(self);
                Span conf = nearest(confidence, self, breaks, clause, Integer.MAX_VALUE);
                boolean negated = negation.stream().anyMatch(n -> clauseOf(breaks, n.start()) == clause
                        && n.end() > self.start() - NEGATION_BEFORE && n.start() < self.end() + NEGATION_AFTER);
                ConfidenceTier tier = conf == null ? ConfidenceTier.MODERATE : conf.cue().tier();
                if (conf != null) {
                    rule = rule + "+" + conf.cue().id();
                }
                int start = Math.min(self.start(), because.start());
                int end = Math.max(self.end(), because.end());
                out.add(new ActorMention(actor.name(), tier, conf != null, negated, offset + start, offset + end,
                        rule));
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.actor().compareTo(b.actor()));
        return out;
    }

    /** Whether some actor pattern matches the sentence at all (a gate word may lie in a longer word: "gru" in "group"). */
    private boolean anyActorMatches(String sentence, NeedleMemo memo) {
        for (ActorPattern actor : pack.actors()) {
            int lastStart = actor.gate().lastStart(memo);
            if (lastStart < 0) {
                continue;
            }
            Matcher m = prepared(actor, sentence, memo);
            if (find(m, actor.starts(), actor.window(), sentence, 0, lastStart, words.on(sentence))) {
                return true;
            }
        }
        return false;
    }

    /** The actor's matcher on the sentence, with the {@link #windows} of its aliases filled. */
    private Matcher prepared(ActorPattern actor, String sentence, NeedleMemo memo) {
        if (actor.window() != null) {
            actor.window().fill(memo, words.on(sentence).chars(), windows);
        }
        return matchers.on(actor.pattern(), sentence);
    }

    private Span blameCue(List<Span> blame, Span actor, List<Integer> breaks, int clause) {
        return nearest(blame, actor, breaks, clause, BLAME_WINDOW);
    }

    /** The operation word next to the actor, or null: only words (no clause punctuation) may lie between. */
    private Span adjacentOperation(List<Span> operations, Span actor, String sentence) {
        for (Span op : operations) {
            if (overlaps(op, actor)) {
                return op;
            }
            if (op.start() >= actor.end() && adjacent(sentence, actor.end(), op.start(), pack.adjacentBefore())) {
                return op;
            }
            if (actor.start() >= op.end() && adjacent(sentence, op.end(), actor.start(), pack.adjacentAfter())) {
                return op;
            }
        }
        return null;
    }

    /**
     * Whether at most {@code maxWords} words and no punctuation or pack blocker word lie between two offsets.
     * Words are counted first and only up to one past the limit, and the gap is read in place: in one long
     * unpunctuated "sentence" every actor meets every operation word, and reading each whole gap made that cubic
     * (a 50 KB run of words took 20 s).
     */
    private boolean adjacent(String s, int from, int to, int maxWords) {
        Matcher w = WORD.matcher(s).region(from, to);
        int n = 0;
        while (n <= maxWords && w.find()) {
            n++;
        }
        if (n > maxWords) {
            return false;
        }
        // same bounds as a substring: opaque and anchoring, so \b and ^ see only the gap
        return !HARD_PUNCT.matcher(s).region(from, to).find()
                && !pack.adjacencyBlockers().matcher(s).region(from, to).find();
    }

    private static Span nearest(List<Span> spans, Span actor, List<Integer> breaks, int clause, int window) {
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span s : spans) {
            if (clauseOf(breaks, s.start()) != clause) {
                continue;
            }
            int d = distance(s, actor);
            if (d <= window && d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(Span a, Span b) {
        if (overlaps(a, b)) {
            return 0;
        }
        return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private List<Span> spans(List<Cue> cues, String sentence, NeedleMemo memo) {
        List<Span> out = new ArrayList<>();
        for (Cue c : cues) {
            int lastStart = c.gate().lastStart(memo);
            if (lastStart < 0) {
                continue;
            }
            Matcher m = matchers.on(c.pattern(), sentence);
            WordStarts ws = words.on(sentence);
            if (c.window() != null) {
                c.window().fill(memo, ws.chars(), windows);
            }
            for (int from = 0; find(m, c.starts(), c.window(), sentence, from, lastStart, ws);
                    from = StartFilter.after(m)) {
                if (m.end() > m.start()) {
                    out.add(new Span(m.start(), m.end(), c));
                }
            }
        }
        return out;
    }

    /** The next match at or after {@code from}, inside the {@link #windows} just filled when there is a window. */
    private boolean find(Matcher m, StartFilter starts, StartWindow window, String sentence, int from, int lastStart,
                         WordStarts ws) {
        if (from > sentence.length()) {
            return false;
        }
        return window != null ? windows.find(m, starts, sentence, from, lastStart, ws)
                : starts.find(m, sentence, from, lastStart, ws);
    }

    /** Start offsets of each clause after the first (contrast words and semicolons split a sentence). */
    private List<Integer> clauseBreaks(String sentence, NeedleMemo memo) {
        List<Integer> out = new ArrayList<>();
        Matcher m = matchers.on(pack.clauseBreak(), sentence);
        BranchFilter branches = pack.clauseBreakBranches();
        if (branches == null) {
            for (int from = 0; pack.clauseBreakStarts().find(m, sentence, from); from = StartFilter.after(m)) {
                out.add(m.start());
            }
            return out;
        }
        // the pack's break list is an alternation of words: only the words present in the sentence are tried
        BranchFilter.Live live = branches.live(memo, sentence.length());
        for (int from = 0; live != null && live.find(m, sentence, from, words.on(sentence)); from = StartFilter.after(m)) {
            out.add(m.start());
        }
        return out;
    }

    /** How many of the (ascending) break offsets lie at or before {@code position}: a binary search. */
    private static int clauseOf(List<Integer> breaks, int position) {
        int lo = 0;
        int hi = breaks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (breaks.get(mid) <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
