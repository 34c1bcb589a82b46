package io.signalcheck.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An automaton that accepts at least every string a pack regex can match, over ASCII plus one symbol for all
 * other chars ({@link RegexReader} over-approximates each atom; look-arounds and \b read as empty; bounds above
 * {@value #MAX_BOUND} read as unbounded). {@link #mayMatchAt} walks it from a start until it dies: when it dies
 * before accepting, the regex cannot match there, and the costly backtracking try is skipped. A sourcing rule
 * that passes every word pre-check still fails at most of its tried starts ("the company said" for an
 * unnamed-official rule), and java.util.regex spends a microsecond or two on each failure (case-folded
 * alternations, backtracking through optional words); the walk costs a few nanoseconds per char and usually
 * stops within a word or two.
 *
 * <p>The pattern becomes a Thompson NFA; its deterministic states are built lazily, as text first reaches them
 * (the subset construction of a whole pack pattern up front took hundreds of milliseconds and tens of thousands
 * of states, of which real text visits a few hundred). Each thread keeps its own states, so the automaton is
 * shared freely; a thread's states are dropped and rebuilt if they ever pass {@value #MAX_STATES}.
 */
final class MatchAutomaton {
    /** Symbol of every char outside ASCII. */
    private static final int OTHER = 128;
    private static final int SYMBOLS = 129;
    /** Bounded repetitions wider than this read as unbounded (superset), which keeps the state count small. */
    static final int MAX_BOUND = 8;
    /**
     * States one thread may build per automaton before they are dropped: bounds memory (a row is a few dozen ints)
     * for a thread that meets unusual text. The whole English corpus builds under 1,800 for all rules together.
     */
    static final int MAX_STATES = 2_000;

    private static final int CHARS = 0;
    private static final int SPLIT = 1;
    private static final int MATCH = 2;

    private final Nfa nfa;
    private final ThreadLocal<Dfa> states;
    /**
     * The states of the thread that used this automaton last: a scorer runs on one thread, and the thread-local
     * lookup on every walk cost about as much as a short walk. Another thread finds it is not the owner and goes
     * through {@link #states}; the holder's fields are final, so a holder read from another thread is seen whole.
     */
    private Owned last;

    private record Owned(Thread thread, Dfa dfa) {}
    /**
     * When the regex begins with a group of anchors and look-behinds ({@code (?:^|(?<=[,;:]\s?)|(?<=\bwie\s))}),
     * what a start must have before it: {@link #atTextStart} allows the text's first char, and each automaton here
     * (a look-behind read backwards) allows a start where some text just before it fits. Null otherwise.
     */
    private final List<MatchAutomaton> behind;
    private final boolean atTextStart;

    private MatchAutomaton(Nfa nfa, int maxStates, List<MatchAutomaton> behind, boolean atTextStart) {
        this.nfa = nfa;
        this.states = ThreadLocal.withInitial(() -> new Dfa(nfa, maxStates));
        this.behind = behind;
        this.atTextStart = atTextStart;
    }

    /** The automaton of {@code regex} (a pack pattern), or null when it uses syntax the reader does not know. */
    static MatchAutomaton of(String regex) {
        return of(regex, MAX_STATES);
    }

    /** As {@link #of(String)}, with each thread's states dropped when they pass {@code maxStates}. */
    static MatchAutomaton of(String regex, int maxStates) {
        Nfa nfa = nfa(regex, false);
        if (nfa == null) {
            return null;
        }
        List<String> context = leadingContext(regex);
        List<MatchAutomaton> behind = null;
        boolean atTextStart = false;
        if (context != null) {
            behind = new ArrayList<>();
            for (String alternative : context) {
                if (alternative.equals("^")) {
                    atTextStart = true;
                    continue;
                }
                Nfa backwards = nfa(alternative.substring(4, alternative.length() - 1), true);
                if (backwards == null) {
                    behind = null; // a look-behind it cannot read: no context check at all
                    break;
                }
                behind.add(new MatchAutomaton(backwards, maxStates, null, false));
            }
        }
        return new MatchAutomaton(nfa, maxStates, behind, atTextStart);
    }

    private static Nfa nfa(String regex, boolean backwards) {
        Node tree;
        try {
            tree = new RegexReader<>(regex, TREES).whole();
        } catch (RuntimeException unreadable) {
            return null;
        }
        Nfa nfa = new Nfa();
        nfa.backwards = backwards;
        nfa.start = nfa.compile(tree, nfa.add(MATCH, null, -1, -1));
        nfa.computeClasses();
        return nfa;
    }

    /**
     * The alternatives of the regex's leading group when each is {@code ^} or a look-behind {@code (?<=...)}
     * and the group is neither quantified nor followed by a top-level {@code |}; null otherwise.
     */
    static List<String> leadingContext(String regex) {
        if (!regex.startsWith("(?:")) {
            return null;
        }
        int end = RegexText.groupEnd(regex, 0);
        if (end < 0 || end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
            return null;
        }
        List<String> whole = BranchFilter.split(regex);
        List<String> alternatives = BranchFilter.split(regex.substring(3, end - 1));
        if (whole == null || whole.size() != 1 || alternatives == null) {
            return null;
        }
        for (String a : alternatives) {
            if (!a.equals("^") && !(a.startsWith("(?<=") && RegexText.groupEnd(a, 0) == a.length())) {
                return null;
            }
        }
        return alternatives;
    }

    /**
     * False when no match of the regex can start at {@code start} and end at or before {@code end} in
     * {@code text}; true when one may (the regex itself decides). A surrogate pair is one symbol, as it is one
     * code point to java.util.regex.
     */
    boolean mayMatchAt(char[] text, int start, int end) {
        if (behind != null && !(atTextStart && start == 0) && !fitsBehind(text, start)) {
            return false;
        }
        return dfa().mayMatchAt(text, start, end);
    }

    /** This thread's states. */
    private Dfa dfa() {
        Owned o = last;
        Thread t = Thread.currentThread();
        if (o != null && o.thread() == t) {
            return o.dfa();
        }
        Dfa d = states.get();
        last = new Owned(t, d);
        return d;
    }

    private boolean fitsBehind(char[] text, int start) {
        for (MatchAutomaton b : behind) {
            if (b.dfa().mayMatchBefore(text, start)) {
                return true;
            }
        }
        return false;
    }

    /** Deterministic states this thread has built so far (for tests and diagnostics). */
    int builtStates() {
        return dfa().count;
    }

    /** The regex read as a tree, so that bounded repetitions can be compiled as copies. */
    private sealed interface Node permits Empty, Chars, Seq, Alt, Rep {}

    private record Empty() implements Node {}

    private record Chars(long[] set) implements Node {}

    private record Seq(Node first, Node next) implements Node {}

    private record Alt(Node a, Node b) implements Node {}

    private record Rep(Node atom, int min, int max) implements Node {}

    private static final Empty EMPTY = new Empty();

    private static final RegexReader.Algebra<Node> TREES = new RegexReader.Algebra<>() {
        @Override
        public Node empty() {
            return EMPTY;
        }

        @Override
        public Node wordBoundary() {
            return EMPTY;
        }

        @Override
        public Node notAfterWord() {
            return EMPTY;
        }

        @Override
        public Node oneChar(long[] set) {
            return new Chars(set);
        }

        @Override
        public Node then(Node first, Node next) {
            return first == EMPTY ? next : next == EMPTY ? first : new Seq(first, next);
        }

        @Override
        public Node or(Node a, Node b) {
            return new Alt(a, b);
        }

        @Override
        public Node repeat(Node atom, int min, int max) {
            return new Rep(atom, Math.min(min, MAX_BOUND), max > MAX_BOUND ? -1 : max);
        }
    };

    /** Thompson NFA: CHARS nodes step on a symbol of their set to out1; SPLIT nodes go to out1 and out2 freely. */
    private static final class Nfa {
        int[] kind = new int[64];
        int[] out1 = new int[64];
        int[] out2 = new int[64];
        long[][] sets = new long[64][];
        int size;
        int start;
        /** Built to read text from right to left (a look-behind walked back from a start). */
        boolean backwards;
        /** Class of each of the 129 symbols: symbols that every CHARS node treats alike share one. */
        final byte[] classOf = new byte[SYMBOLS];
        /** A symbol of each class, to test the nodes' sets with. */
        int[] representative;
        int classes;

        /** Groups the symbols by which nodes' sets hold them, so that table rows are a few dozen wide, not 129. */
        void computeClasses() {
            // literals share their set arrays (RegexReader folds each char once): most nodes dedupe by identity
            Map<long[], Boolean> seenSets = new IdentityHashMap<>();
            Map<List<Long>, long[]> distinct = new HashMap<>();
            for (int node = 0; node < size; node++) {
                if (kind[node] == CHARS && seenSets.put(sets[node], Boolean.TRUE) == null) {
                    long[] set = sets[node];
                    distinct.putIfAbsent(List.of(set[0], set[1], set[2] != 0 ? 1L : 0L), set);
                }
            }
            List<long[]> setList = List.copyOf(distinct.values());
            long[][] signature = new long[SYMBOLS][(setList.size() + 63) / 64];
            for (int j = 0; j < setList.size(); j++) {
                long[] set = setList.get(j);
                for (int symbol = 0; symbol < SYMBOLS; symbol++) {
                    if (symbol == OTHER ? RegexReader.hasNonAscii(set) : RegexReader.has(set, symbol)) {
                        signature[symbol][j >> 6] |= 1L << j;
                    }
                }
            }
            int[] reps = new int[SYMBOLS];
            int count = 0;
            for (int symbol = 0; symbol < SYMBOLS; symbol++) {
                int cls = 0;
                while (cls < count && !Arrays.equals(signature[reps[cls]], signature[symbol])) {
                    cls++;
                }
                if (cls == count) {
                    reps[count++] = symbol;
                }
                classOf[symbol] = (byte) cls;
            }
            classes = count;
            representative = Arrays.copyOf(reps, count);
        }

        int add(int k, long[] set, int a, int b) {
            if (size == kind.length) {
                kind = Arrays.copyOf(kind, size * 2);
                out1 = Arrays.copyOf(out1, size * 2);
                out2 = Arrays.copyOf(out2, size * 2);
                sets = Arrays.copyOf(sets, size * 2);
            }
            kind[size] = k;
            sets[size] = set;
            out1[size] = a;
            out2[size] = b;
            return size++;
        }

        /** Compiles {@code node} to continue at {@code next}; returns its entry node. */
        int compile(Node node, int next) {
            if (node instanceof Empty) {
                return next;
            }
            if (node instanceof Chars c) {
                return add(CHARS, c.set(), next, -1);
            }
            if (node instanceof Seq s) {
                // read backwards, a sequence's last part comes first
                return backwards ? compile(s.next(), compile(s.first(), next))
                        : compile(s.first(), compile(s.next(), next));
            }
            if (node instanceof Alt a) {
                return add(SPLIT, null, compile(a.a(), next), compile(a.b(), next));
            }
            Rep r = (Rep) node;
            int tail = next;
            if (r.max() < 0) {
                int loop = add(SPLIT, null, -1, next);
                int body = compile(r.atom(), loop); // first: compiling may grow (replace) out1
                out1[loop] = body;
                tail = loop;
            } else {
                // a{0,k} as (a(a(...)?)?)?: each optional copy either goes on or leaves
                for (int i = r.min(); i < r.max(); i++) {
                    tail = add(SPLIT, null, compile(r.atom(), tail), next);
                }
            }
            for (int i = 0; i < r.min(); i++) {
                tail = compile(r.atom(), tail);
            }
            return tail;
        }
    }

    /** One thread's deterministic states, built on demand from sets of NFA nodes. */
    private static final class Dfa {
        /** Values of {@link #next} below zero; others are the target state's row offset (state times the row width). */
        private static final int DEAD = -1;
        private static final int UNKNOWN = -2;
        private static final int TO_ACCEPT = -3;
        private final Nfa nfa;
        private final int maxStates;
        private final Map<Key, Integer> ids = new HashMap<>();
        private int[] next = new int[0];
        private boolean[] accept = new boolean[0];
        /** The CHARS nodes of each state. */
        private int[][] members = new int[0][];
        int count;
        private int initial;
        // scratch for closures
        private final int[] seen;
        private int generation;
        private int[] stack;
        private int[] found;

        /** Row width: the NFA's symbol classes. */
        private final int width;
        private final byte[] classOf;

        Dfa(Nfa nfa, int maxStates) {
            this.nfa = nfa;
            this.maxStates = maxStates;
            this.width = nfa.classes;
            this.classOf = nfa.classOf;
            this.seen = new int[nfa.size];
            this.stack = new int[nfa.size];
            this.found = new int[nfa.size];
            reset();
        }

        private void reset() {
            ids.clear();
            count = 0;
            next = new int[64 * width];
            accept = new boolean[64];
            members = new int[64][];
            initial = closureState(new int[] {nfa.start}, 1);
        }

        boolean mayMatchAt(char[] text, int start, int end) {
            if (accept[initial]) {
                return true;
            }
            int row = initial * width;
            for (int i = start; i < end; i++) {
                char c = text[i];
                int to = advance(row, classOf[c < 128 ? c : OTHER]);
                if (to < 0) {
                    return to == TO_ACCEPT;
                }
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                    i++; // one code point, one symbol
                }
                row = to;
            }
            return false;
        }

        /** Whether some text ending just before {@code start} (read right to left) reaches an accepting state. */
        boolean mayMatchBefore(char[] text, int start) {
            if (accept[initial]) {
                return true;
            }
            int row = initial * width;
            for (int i = start - 1; i >= 0; i--) {
                char c = text[i];
                int to = advance(row, classOf[c < 128 ? c : OTHER]);
                if (to < 0) {
                    return to == TO_ACCEPT;
                }
                if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text[i - 1])) {
                    i--; // one code point, one symbol
                }
                row = to;
            }
            return false;
        }

        /**
         * The next row from {@code row} on symbol class {@code cls}, computed on first use: a row offset, or
         * {@link #DEAD}, or {@link #TO_ACCEPT}. Past the state cap the states are dropped and the answer is
         * {@link #TO_ACCEPT}: without more states the walk cannot tell, so the regex decides.
         */
        private int advance(int row, int cls) {
            int to = next[row + cls];
            if (to != UNKNOWN) {
                return to;
            }
            if (count >= maxStates) {
                reset();
                return TO_ACCEPT;
            }
            return step(row / width, cls);
        }

        /**
         * Computes and records the transition of {@code state} on symbol class {@code cls}: the target's row offset, or
         * {@link #DEAD}, or {@link #TO_ACCEPT} (the walk stops at the first accepting state, so which one it is
         * does not matter).
         */
        private int step(int state, int cls) {
            int symbol = nfa.representative[cls];
            int[] from = members[state];
            int[] targets = new int[from.length];
            int n = 0;
            for (int node : from) {
                long[] set = nfa.sets[node];
                boolean fits = symbol == OTHER ? RegexReader.hasNonAscii(set) : RegexReader.has(set, symbol);
                if (fits) {
                    targets[n++] = nfa.out1[node];
                }
            }
            int to = DEAD;
            if (n > 0) {
                int target = closureState(targets, n);
                to = target == DEAD ? DEAD : accept[target] ? TO_ACCEPT : target * width;
            }
            next[state * width + cls] = to;
            return to;
        }

        /** The state of the epsilon closure of {@code roots[0..n)}; DEAD when it holds nothing. */
        private int closureState(int[] roots, int n) {
            generation++;
            int top = 0;
            int size = 0;
            boolean match = false;
            for (int i = 0; i < n; i++) {
                stack[top++] = roots[i];
            }
            while (top > 0) {
                int node = stack[--top];
                if (seen[node] == generation) {
                    continue;
                }
                seen[node] = generation;
                switch (nfa.kind[node]) {
                    case CHARS -> found[size++] = node;
                    case MATCH -> match = true;
                    default -> {
                        if (top + 2 > stack.length) {
                            stack = Arrays.copyOf(stack, stack.length * 2);
                        }
                        stack[top++] = nfa.out2[node];
                        stack[top++] = nfa.out1[node];
                    }
                }
            }
            if (size == 0 && !match) {
                return DEAD;
            }
            int[] set = Arrays.copyOf(found, size);
            Arrays.sort(set);
            Key key = new Key(set, match);
            Integer id = ids.get(key);
            if (id != null) {
                return id;
            }
            if (count == accept.length) {
                next = Arrays.copyOf(next, count * 2 * width);
                accept = Arrays.copyOf(accept, count * 2);
                members = Arrays.copyOf(members, count * 2);
            }
            Arrays.fill(next, count * width, (count + 1) * width, UNKNOWN);
            accept[count] = match;
            members[count] = set;
            ids.put(key, count);
            return count++;
        }
    }

    /** A deterministic state's identity: its sorted CHARS nodes and whether it accepts. */
    private record Key(int[] nodes, boolean match) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.match == match && Arrays.equals(k.nodes, nodes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(nodes) * 2 + (match ? 1 : 0);
        }
    }
}
