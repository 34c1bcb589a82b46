package io.signalcheck.rules;

import io.signalcheck.text.Sentence;
import io.signalcheck.text.TokenBuffer;
import io.signalcheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The compiled rules and cues of one language and the matcher over them. Built once by
 * {@link RulePackLoader}; {@link #match} is thread-safe and allocates per call only what the text needs.
 *
 * <p>Per sentence: tokenize, look every token up in the {@link Lexicon} (hash/trie by first word), turn the
 * term occurrences into cue scopes, pattern occurrences and context presence; then solve only the patterns
 * whose terms occurred. Context conditions that look at neighbouring sentences are checked in a second,
 * cheap pass over the pending matches.
 */
public final class LanguageRules {
    private static final int NEG_PRE = 1, NEG_POST = 2, DENY_PRE = 4, DENY_POST = 8, HYP_PRE = 16, HYP_POST = 32,
            PSEUDO = 64, BREAKER = 128;

    private final LanguageSettings settings;
    private final Tokenizer tokenizer;
    private final Lexicon lexicon;
    private final List<Rule> rules;
    private final CueSet cues;

    /** Flattened patterns and, per term id, which pattern groups / contexts / cue roles use it. */
    private final ProximityPattern[] patterns;
    private final int[] patternRule;
    private final int[] slotBase;      // pattern index -> first occurrence slot (one slot per group)
    private final int slotCount;
    private final int[][] patternUses; // termId -> pairs (patternIndex, groupIndex)
    private final int[][] requireUses; // termId -> rule indexes
    private final int[][] excludeUses;
    private final int[] cueRoles;      // termId -> role bits
    private final int[][] cueWindows;  // role ordinal (0..5) -> termId -> scope window

    LanguageRules(LanguageSettings settings, Tokenizer tokenizer, Lexicon lexicon, List<Rule> rules, CueSet cues) {
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.lexicon = lexicon;
        this.rules = List.copyOf(rules);
        this.cues = cues;
        lexicon.freeze();
        int terms = lexicon.size();
        List<ProximityPattern> flat = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<List<Integer>> pUses = lists(terms);
        List<List<Integer>> rUses = lists(terms);
        List<List<Integer>> xUses = lists(terms);
        for (Rule r : this.rules) {
            for (ProximityPattern p : r.patterns()) {
                int pi = flat.size();
                flat.add(p);
                owners.add(r.index());
                for (int g = 0; g < p.groups().length; g++) {
                    for (int termId : p.groups()[g]) {
                        List<Integer> u = pUses.get(termId);
                        u.add(pi);
                        u.add(g);
                    }
                }
            }
            for (int termId : r.requireContext()) {
                addOnce(rUses.get(termId), r.index());
            }
            for (int termId : r.excludeContext()) {
                addOnce(xUses.get(termId), r.index());
            }
        }
        patterns = flat.toArray(ProximityPattern[]::new);
        patternRule = owners.stream().mapToInt(Integer::intValue).toArray();
        slotBase = new int[patterns.length];
        int slots = 0;
        for (int pi = 0; pi < patterns.length; pi++) {
            slotBase[pi] = slots;
            slots += patterns[pi].groups().length;
        }
        slotCount = slots;
        patternUses = toArrays(pUses);
        requireUses = toArrays(rUses);
        excludeUses = toArrays(xUses);
        cueRoles = new int[terms];
        cueWindows = new int[6][terms];
        mark(cues.negation().pre(), cues.negation().preWindow(), NEG_PRE, 0);
        mark(cues.negation().post(), cues.negation().postWindow(), NEG_POST, 1);
        mark(cues.denial().pre(), cues.denial().preWindow(), DENY_PRE, 2);
        mark(cues.denial().post(), cues.denial().postWindow(), DENY_POST, 3);
        mark(cues.hypothetical().pre(), cues.hypothetical().preWindow(), HYP_PRE, 4);
        mark(cues.hypothetical().post(), cues.hypothetical().postWindow(), HYP_POST, 5);
        mark(cues.pseudo(), null, PSEUDO, -1);
        mark(cues.breakers(), null, BREAKER, -1);
    }

    public String language() {
        return settings.code();
    }

    public LanguageSettings settings() {
        return settings;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** Rules in pack order. */
    public List<Rule> rules() {
        return rules;
    }

    /** Every rule firing in the text, in sentence order, then span start, then rule order. */
    public List<RuleMatch> match(String text, List<Sentence> sentences) {
        int n = sentences.size();
        BitSet[] required = new BitSet[n];
        BitSet[] excluded = new BitSet[n];
        List<Pending> pending = new ArrayList<>();
        SentenceScan scan = new SentenceScan();
        TokenBuffer tokens = new TokenBuffer();
        for (int s = 0; s < n; s++) {
            Sentence sentence = sentences.get(s);
            tokenizer.tokenize(text, sentence.start(), sentence.end(), tokens);
            scan.reset(tokens);
            lexicon.scan(tokens, scan);
            if (scan.hitCount == 0) {
                continue;
            }
            required[s] = scan.contextBits(requireUses);
            excluded[s] = scan.contextBits(excludeUses);
            scan.solve(s, pending);
        }
        List<RuleMatch> out = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            Rule r = rules.get(p.rule);
            if (r.requireContext().length > 0 && !anyNear(required, p.sentence, r.requireWithin(), r.index())) {
                continue;
            }
            if (r.excludeContext().length > 0 && anyNear(excluded, p.sentence, r.excludeWithin(), r.index())) {
                continue;
            }
            Sentence sentence = sentences.get(p.sentence);
            out.add(new RuleMatch(r, p.sentence, sentence.start(), sentence.end(), p.start, p.end, p.negated,
                    p.hypothetical));
        }
        out.sort((a, b) -> a.sentenceIndex() != b.sentenceIndex() ? Integer.compare(a.sentenceIndex(), b.sentenceIndex())
                : a.matchStart() != b.matchStart() ? Integer.compare(a.matchStart(), b.matchStart())
                : Integer.compare(a.rule().index(), b.rule().index()));
        return out;
    }

    private static boolean anyNear(BitSet[] bits, int sentence, int within, int rule) {
        int from = Math.max(0, sentence - within);
        int to = Math.min(bits.length - 1, sentence + within);
        for (int s = from; s <= to; s++) {
            if (bits[s] != null && bits[s].get(rule)) {
                return true;
            }
        }
        return false;
    }

    private record Pending(int rule, int sentence, int start, int end, boolean negated, boolean hypothetical) {}

    /** Per-sentence working state, reused across the sentences of one call. */
    private final class SentenceScan implements Lexicon.HitSink {
        TokenBuffer tokens;
        int[] hitTerm = new int[32], hitFirst = new int[32], hitLast = new int[32];
        int hitCount;
        // occurrences per (pattern, group) slot: parallel first/last arrays, valid when slotStamp == stamp
        final int[][] slotFirst = new int[slotCount][];
        final int[][] slotLast = new int[slotCount][];
        final int[] slotSize = new int[slotCount];
        final int[] slotStamp = new int[slotCount];
        final int[] patternStamp = new int[patterns.length];
        /** Groups of a pattern with an occurrence in this sentence (valid when patternStamp == stamp). */
        final int[] patternFilled = new int[patterns.length];
        /** Patterns all of whose groups occur in this sentence: the only ones worth solving. */
        int[] complete = new int[16];
        int completeCount;
        int stamp;

        void reset(TokenBuffer t) {
            tokens = t;
            hitCount = 0;
            completeCount = 0;
            stamp++;
        }

        @Override
        public void hit(int termId, int first, int last) {
            if (hitCount == hitTerm.length) {
                hitTerm = Arrays.copyOf(hitTerm, hitCount * 2);
                hitFirst = Arrays.copyOf(hitFirst, hitCount * 2);
                hitLast = Arrays.copyOf(hitLast, hitCount * 2);
            }
            hitTerm[hitCount] = termId;
            hitFirst[hitCount] = first;
            hitLast[hitCount] = last;
            hitCount++;
        }

        BitSet contextBits(int[][] uses) {
            BitSet bits = null;
            for (int h = 0; h < hitCount; h++) {
                int[] rs = uses[hitTerm[h]];
                if (rs.length > 0) {
                    if (bits == null) {
                        bits = new BitSet(rules.size());
                    }
                    for (int r : rs) {
                        bits.set(r);
                    }
                }
            }
            return bits;
        }

        private void addOccurrence(int pi, int group, int first, int last) {
            if (patternStamp[pi] != stamp) {
                patternStamp[pi] = stamp;
                patternFilled[pi] = 0;
            }
            int slot = slotBase[pi] + group;
            if (slotStamp[slot] != stamp) {
                // the group's first occurrence in this sentence
                slotStamp[slot] = stamp;
                slotSize[slot] = 0;
                if (++patternFilled[pi] == patterns[pi].groups().length) {
                    if (completeCount == complete.length) {
                        complete = Arrays.copyOf(complete, completeCount * 2);
                    }
                    complete[completeCount++] = pi;
                }
                if (slotFirst[slot] == null) {
                    slotFirst[slot] = new int[4];
                    slotLast[slot] = new int[4];
                }
            }
            int n = slotSize[slot];
            if (n == slotFirst[slot].length) {
                slotFirst[slot] = Arrays.copyOf(slotFirst[slot], n * 2);
                slotLast[slot] = Arrays.copyOf(slotLast[slot], n * 2);
            }
            slotFirst[slot][n] = first;
            slotLast[slot][n] = last;
            slotSize[slot] = n + 1;
        }

        void solve(int sentenceIndex, List<Pending> out) {
            for (int h = 0; h < hitCount; h++) {
                int[] uses = patternUses[hitTerm[h]];
                for (int u = 0; u < uses.length; u += 2) {
                    addOccurrence(uses[u], uses[u + 1], hitFirst[h], hitLast[h]);
                }
            }
            if (completeCount == 0) {
                return;
            }
            boolean[] negated = new boolean[tokens.size()];
            boolean[] hypothetical = new boolean[tokens.size()];
            scopes(negated, hypothetical);
            // patterns in index order so output does not depend on hit order
            Arrays.sort(complete, 0, completeCount);
            for (int t = 0; t < completeCount; t++) {
                int pi = complete[t];
                ProximityPattern p = patterns[pi];
                if (p.ordered()) {
                    solveOrdered(p, pi, sentenceIndex, negated, hypothetical, out);
                } else {
                    solveUnordered(p, pi, sentenceIndex, negated, hypothetical, out);
                }
            }
        }

        /*
         * Both solvers walk each group's occurrences (in token order) with a forward-only pointer, so a
         * sentence costs time linear in its occurrences even when it is one huge unpunctuated "sentence".
         */
        private void solveUnordered(ProximityPattern p, int pi, int sentence, boolean[] negated,
                boolean[] hypothetical, List<Pending> out) {
            int groups = p.groups().length;
            int[][] chosen = new int[groups][2];
            int[] ptr = new int[groups];
            int lastEnd = -1;
            while (true) {
                int left = Integer.MAX_VALUE;
                for (int g = 0; g < groups; g++) {
                    int slot = slotBase[pi] + g;
                    while (ptr[g] < slotSize[slot] && slotFirst[slot][ptr[g]] <= lastEnd) {
                        ptr[g]++;
                    }
                    if (ptr[g] == slotSize[slot]) {
                        return; // a group has nothing further right: no later match
                    }
                    left = Math.min(left, slotFirst[slot][ptr[g]]);
                }
                int maxEnd = -1;
                for (int g = 0; g < groups; g++) {
                    int slot = slotBase[pi] + g;
                    int[] firsts = slotFirst[slot];
                    int[] lasts = slotLast[slot];
                    int bestFirst = firsts[ptr[g]];
                    int bestLast = lasts[ptr[g]];
                    // a later start can only win by ending earlier (a shorter multi-word term)
                    for (int i = ptr[g] + 1; i < slotSize[slot] && firsts[i] <= bestLast; i++) {
                        if (lasts[i] < bestLast) {
                            bestFirst = firsts[i];
                            bestLast = lasts[i];
                        }
                    }
                    chosen[g][0] = bestFirst;
                    chosen[g][1] = bestLast;
                    maxEnd = Math.max(maxEnd, bestLast);
                }
                if (width(chosen, left, maxEnd) <= p.within()) {
                    emit(pi, sentence, chosen, left, maxEnd, negated, hypothetical, out);
                    lastEnd = maxEnd;
                } else {
                    lastEnd = left; // try the next left edge
                }
            }
        }

        private void solveOrdered(ProximityPattern p, int pi, int sentence, boolean[] negated,
                boolean[] hypothetical, List<Pending> out) {
            int groups = p.groups().length;
            int[][] chosen = new int[groups][2];
            int[] ptr = new int[groups];
            int lastEnd = -1;
            int head = slotBase[pi];
            for (int h = 0; h < slotSize[head]; h++) {
                int headFirst = slotFirst[head][h];
                if (headFirst <= lastEnd) {
                    continue;
                }
                chosen[0][0] = headFirst;
                chosen[0][1] = slotLast[head][h];
                int prevEnd = chosen[0][1];
                boolean ok = true;
                for (int g = 1; g < groups && ok; g++) {
                    int slot = slotBase[pi] + g;
                    // prevEnd never decreases from one head to the next, so the pointer only moves forward
                    while (ptr[g] < slotSize[slot] && slotFirst[slot][ptr[g]] <= prevEnd) {
                        ptr[g]++;
                    }
                    if (ptr[g] == slotSize[slot]) {
                        return;
                    }
                    chosen[g][0] = slotFirst[slot][ptr[g]];
                    chosen[g][1] = slotLast[slot][ptr[g]];
                    prevEnd = chosen[g][1];
                    ok = width(chosen, headFirst, prevEnd, g + 1) <= p.within();
                }
                if (ok) {
                    emit(pi, sentence, chosen, headFirst, prevEnd, negated, hypothetical, out);
                    lastEnd = prevEnd;
                }
            }
        }

        /** Tokens spanned, counting each matched multi-word term as one token. */
        private int width(int[][] chosen, int first, int last) {
            return width(chosen, first, last, chosen.length);
        }

        private int width(int[][] chosen, int first, int last, int count) {
            int w = last - first + 1;
            for (int i = 0; i < count; i++) {
                w -= chosen[i][1] - chosen[i][0];
            }
            return Math.max(w, 1);
        }

        private void emit(int pi, int sentence, int[][] chosen, int first, int last, boolean[] negated,
                boolean[] hypothetical, List<Pending> out) {
            boolean neg = false;
            boolean hyp = false;
            for (int[] o : chosen) {
                for (int k = o[0]; k <= o[1]; k++) {
                    neg |= negated[k];
                    hyp |= hypothetical[k];
                }
            }
            out.add(new Pending(patternRule[pi], sentence, tokens.start(first), tokens.end(last), neg, hyp));
        }

        /** NegEx-style scopes: which tokens a negation/denial or hypothetical trigger covers. */
        private void scopes(boolean[] negated, boolean[] hypothetical) {
            int n = tokens.size();
            boolean[] breakBefore = new boolean[n];
            boolean[] pseudo = new boolean[n];
            boolean anyTrigger = false;
            for (int k = 0; k < n; k++) {
                breakBefore[k] = tokens.clauseBreakBefore(k);
            }
            for (int h = 0; h < hitCount; h++) {
                int role = cueRoles[hitTerm[h]];
                if ((role & BREAKER) != 0) {
                    breakBefore[hitFirst[h]] = true;
                }
                if ((role & PSEUDO) != 0) {
                    Arrays.fill(pseudo, hitFirst[h], hitLast[h] + 1, true);
                }
                anyTrigger |= (role & ~(BREAKER | PSEUDO)) != 0;
            }
            if (!anyTrigger) {
                return;
            }
            for (int h = 0; h < hitCount; h++) {
                int role = cueRoles[hitTerm[h]];
                int first = hitFirst[h];
                int last = hitLast[h];
                if ((role & ~(BREAKER | PSEUDO)) == 0 || overlaps(pseudo, first, last)) {
                    continue;
                }
                int term = hitTerm[h];
                if ((role & NEG_PRE) != 0) {
                    forward(negated, breakBefore, last, cueWindows[0][term]);
                }
                if ((role & NEG_POST) != 0) {
                    backward(negated, breakBefore, first, cueWindows[1][term]);
                }
                if ((role & DENY_PRE) != 0) {
                    forward(negated, breakBefore, last, cueWindows[2][term]);
                }
                if ((role & DENY_POST) != 0) {
                    backward(negated, breakBefore, first, cueWindows[3][term]);
                }
                if ((role & HYP_PRE) != 0) {
                    forward(hypothetical, breakBefore, last, cueWindows[4][term]);
                }
                if ((role & HYP_POST) != 0) {
                    backward(hypothetical, breakBefore, first, cueWindows[5][term]);
                }
            }
        }

        private void forward(boolean[] scope, boolean[] breakBefore, int triggerLast, int window) {
            int n = scope.length;
            for (int k = triggerLast + 1; k < n && k <= triggerLast + window; k++) {
                if (breakBefore[k]) {
                    return;
                }
                scope[k] = true;
            }
        }

        private void backward(boolean[] scope, boolean[] breakBefore, int triggerFirst, int window) {
            for (int k = triggerFirst - 1; k >= 0 && k >= triggerFirst - window; k--) {
                if (breakBefore[k + 1]) {
                    return;
                }
                scope[k] = true;
            }
        }
    }

    private static boolean overlaps(boolean[] marks, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (marks[k]) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(0));
        }
        return out;
    }

    private static void addOnce(List<Integer> list, int value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private void mark(int[] termIds, int[] windows, int role, int slot) {
        for (int i = 0; i < termIds.length; i++) {
            cueRoles[termIds[i]] |= role;
            if (slot >= 0) {
                cueWindows[slot][termIds[i]] = windows[i];
            }
        }
    }
}
