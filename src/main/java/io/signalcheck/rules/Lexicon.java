package io.signalcheck.rules;

import io.signalcheck.text.TermNormalizer;
import io.signalcheck.text.Token;
import io.signalcheck.text.TokenBuffer;
import io.signalcheck.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every term of one language (rule patterns, context lists, cues), compiled once and indexed by its first
 * word so a token looks up the few terms that can start at it: a hash map for stem and exact words, a
 * character trie for prefix words, a reversed trie for suffix words, a short list for infix words.
 * A term is a sequence of words matched on consecutive tokens (see docs/RULES.md, "Terms").
 */
final class Lexicon {
    enum Kind { STEM, EXACT, PREFIX, SUFFIX, INFIX }

    private static final int INFIX_CACHE_MAX = 100_000;
    private static final int CANDIDATE_CACHE_MAX = 200_000;

    /** One word of a term and the token key it compares. */
    record Word(Kind kind, String key) {
        boolean matches(TermNormalizer.Keys word) {
            return kind == Kind.STEM ? word.stem().equals(key) : matches(word.form());
        }

        /** For the kinds that compare the folded form (all but STEM). */
        boolean matches(String form) {
            return switch (kind) {
                case STEM -> throw new IllegalStateException("a stem word compares the token's stem");
                case EXACT -> form.equals(key);
                case PREFIX -> form.startsWith(key);
                case SUFFIX -> form.endsWith(key);
                case INFIX -> form.contains(key);
            };
        }
    }

    /** Receives each term occurrence found in a token list: term id and its first/last token index. */
    interface HitSink {
        void hit(int termId, int first, int last);
    }

    private final Tokenizer tokenizer;
    private final List<Word[]> terms = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> idsByCanonical = new LinkedHashMap<>();
    private final Map<String, Integer> idsBySource = new HashMap<>();

    /**
     * A number for each stem or exact key that is the second word of some term: a token's stem and form are looked
     * up here once per distinct word, and a term whose second word cannot match the next token is then passed
     * over with one int comparison instead of a verification ("the guardian" at every "the").
     */
    private Map<String, Integer> secondKeyIds = Map.of();
    private Map<String, int[]> byStem;
    private Map<String, int[]> byExact;
    private Trie prefixes;
    private Trie suffixes;
    private int[] infixTerms;
    /** Infix terms whose first word occurs in a folded form, per form seen: a word recurs across texts. */
    private final Map<String, int[]> infixByForm = new ConcurrentHashMap<>();

    /**
     * The terms of {@code lexicon} that can start at a token, in the order {@link #scan} tries them, for one form
     * and stem; per term the key its second word compares ({@link #ANY_SECOND} when none or not by key); the
     * word's own stem and form as second-word keys. Kept on the word's
     * {@link io.signalcheck.text.TermNormalizer.Keys} too: a record's fields are final, so another thread reading
     * it there sees it whole.
     */
    private record Candidates(Lexicon lexicon, String stem, int[] ids, int[] secondKey, boolean[] secondIsStem,
                              int stemKey, int formKey) {}

    /** {@link Candidates#secondKey} of a term whose second word (if any) is not compared by key. */
    private static final int ANY_SECOND = -1;
    /** {@link Candidates#stemKey}/{@link Candidates#formKey} of a word that is no term's second word. */
    private static final int NO_KEY = -2;

    /**
     * Candidates per folded form seen (with the stem they were computed for: two spellings may fold to one form
     * and stem apart). An article repeats its words, so most tokens take one lookup here instead of two hash
     * lookups, two trie walks and the infix list. At most {@link #CANDIDATE_CACHE_MAX} forms.
     */
    private final Map<String, Candidates> candidatesByForm = new ConcurrentHashMap<>();

    Lexicon(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Compiles a term and returns its id (identical terms share one id). */
    int add(String term) {
        Integer seen = idsBySource.get(term);
        if (seen != null) {
            return seen; // lists are expanded into many rules: parse each spelling once
        }
        Word[] words = parse(term);
        StringBuilder canonical = new StringBuilder();
        for (Word w : words) {
            canonical.append(w.kind()).append(':').append(w.key()).append(' ');
        }
        Integer known = idsByCanonical.get(canonical.toString());
        if (known != null) {
            idsBySource.put(term, known);
            return known;
        }
        int id = terms.size();
        terms.add(words);
        sources.add(term);
        idsByCanonical.put(canonical.toString(), id);
        idsBySource.put(term, id);
        byStem = null;
        return id;
    }

    int size() {
        return terms.size();
    }

    /** Number of words of term {@code termId}. */
    int termLength(int termId) {
        return terms.get(termId).length;
    }

    String source(int termId) {
        return sources.get(termId);
    }

    /** Builds the first-word indexes; call after the last {@link #add}. */
    void freeze() {
        Map<String, List<Integer>> stem = new HashMap<>();
        Map<String, List<Integer>> exact = new HashMap<>();
        prefixes = new Trie();
        suffixes = new Trie();
        List<Integer> infix = new ArrayList<>();
        for (int id = 0; id < terms.size(); id++) {
            Word first = terms.get(id)[0];
            switch (first.kind()) {
                case STEM -> stem.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(id);
                case EXACT -> exact.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(id);
                case PREFIX -> prefixes.add(first.key(), id);
                case SUFFIX -> suffixes.add(new StringBuilder(first.key()).reverse().toString(), id);
                case INFIX -> infix.add(id);
            }
        }
        byStem = toArrays(stem);
        byExact = toArrays(exact);
        infixTerms = infix.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Integer> ids = new HashMap<>();
        for (Word[] words : terms) {
            if (words.length > 1 && (words[1].kind() == Kind.STEM || words[1].kind() == Kind.EXACT)) {
                ids.putIfAbsent(words[1].key(), ids.size());
            }
        }
        secondKeyIds = ids;
    }

    /** Reports every term occurrence in {@code tokens}; terms never run past the last token. */
    void scan(TokenBuffer tokens, HitSink sink) {
        int n = tokens.size();
        Candidates next = n > 0 ? candidates(tokens.keys(0)) : null;
        for (int i = 0; i < n; i++) {
            Candidates here = next;
            next = i + 1 < n ? candidates(tokens.keys(i + 1)) : null;
            int[] ids = here.ids();
            for (int j = 0; j < ids.length; j++) {
                // a necessary condition only: verifyOne still checks every word
                int second = here.secondKey()[j];
                if (second == ANY_SECOND
                        || next != null && (second == (here.secondIsStem()[j] ? next.stemKey() : next.formKey()))) {
                    verifyOne(ids[j], tokens, i, sink);
                }
            }
        }
    }

    private Candidates candidates(TermNormalizer.Keys k) {
        // first on the word's shared keys: most tokens are words seen before, and this skips a lookup by text
        if (k.derived() instanceof Candidates kept && kept.lexicon() == this) {
            return kept;
        }
        Candidates c = candidatesByForm.get(k.form());
        if (c == null || !c.stem().equals(k.stem())) {
            c = candidatesOf(k.form(), k.stem());
            if (candidatesByForm.size() < CANDIDATE_CACHE_MAX) {
                candidatesByForm.put(k.form(), c);
            }
        }
        k.derived(c);
        return c;
    }

    private Candidates candidatesOf(String form, String stem) {
        int[] ids = computeCandidates(form, stem);
        int[] secondKey = new int[ids.length];
        boolean[] secondIsStem = new boolean[ids.length];
        for (int j = 0; j < ids.length; j++) {
            Word[] words = terms.get(ids[j]);
            Word second = words.length > 1 ? words[1] : null;
            if (second != null && (second.kind() == Kind.STEM || second.kind() == Kind.EXACT)) {
                secondKey[j] = secondKeyIds.get(second.key());
                secondIsStem[j] = second.kind() == Kind.STEM;
            } else {
                secondKey[j] = ANY_SECOND;
            }
        }
        return new Candidates(this, stem, ids, secondKey, secondIsStem,
                secondKeyIds.getOrDefault(stem, NO_KEY), secondKeyIds.getOrDefault(form, NO_KEY));
    }

    /** Stem matches, exact matches, prefix words (shortest first), suffix words (shortest first), infix words. */
    private int[] computeCandidates(String form, String stem) {
        List<Integer> out = new ArrayList<>();
        int[] ids = byStem.get(stem);
        if (ids != null) {
            for (int id : ids) {
                out.add(id);
            }
        }
        ids = byExact.get(form);
        if (ids != null) {
            for (int id : ids) {
                out.add(id);
            }
        }
        prefixes.collect(form, false, out);
        suffixes.collect(form, true, out);
        for (int id : infixCandidates(form)) {
            out.add(id);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The infix terms (in id order) whose first word is inside {@code form}; the others cannot start at a token
     * of that form. Cached per form, up to {@link #INFIX_CACHE_MAX} forms so memory stays bounded.
     */
    private int[] infixCandidates(String form) {
        int[] cached = infixByForm.get(form);
        if (cached != null) {
            return cached;
        }
        int[] found = new int[infixTerms.length];
        int n = 0;
        for (int id : infixTerms) {
            if (terms.get(id)[0].matches(form)) {
                found[n++] = id;
            }
        }
        int[] ids = java.util.Arrays.copyOf(found, n);
        if (infixByForm.size() < INFIX_CACHE_MAX) {
            infixByForm.put(form, ids);
        }
        return ids;
    }

    /** Whether term {@code id} occurs at token {@code at}, every word compared: the plain definition, for tests. */
    boolean occursAt(int id, List<Token> tokens, int at) {
        Word[] words = terms.get(id);
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!words[k].matches(tokens.get(at + k).keys())) {
                return false;
            }
        }
        return true;
    }

    private void verifyOne(int id, TokenBuffer tokens, int at, HitSink sink) {
        Word[] words = terms.get(id);
        // the first word was matched by the index (except infix, checked here)
        if (wordsMatch(words, tokens, at, words[0].kind() == Kind.INFIX ? 0 : 1)) {
            sink.hit(id, at, at + words.length - 1);
        }
    }

    /** Whether {@code words} from the {@code from}-th on match the tokens from {@code at}; never past the end. */
    private static boolean wordsMatch(Word[] words, TokenBuffer tokens, int at, int from) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = from; k < words.length; k++) {
            if (!words[k].matches(tokens.keys(at + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a term: words separated by spaces or hyphens; {@code w*} prefix, {@code *w} suffix, {@code *w*}
     * infix (all on the folded, unstemmed form), {@code =w} exact folded form, plain {@code w} compares stems.
     * Elided articles and the possessive are handled exactly as in text, so "l'IA" equals "IA".
     */
    private Word[] parse(String term) {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("empty term");
        }
        List<Word> out = new ArrayList<>();
        for (String piece : term.trim().split("[\\s\\-\u2010\u2011]+")) {
            if (piece.isEmpty()) {
                continue;
            }
            boolean exact = piece.startsWith("=");
            String p = exact ? piece.substring(1) : piece;
            boolean lead = p.startsWith("*");
            boolean trail = p.endsWith("*") && p.length() > 1;
            String core = p.substring(lead ? 1 : 0, p.length() - (trail ? 1 : 0));
            if (core.isEmpty() || core.indexOf('*') >= 0 || (exact && (lead || trail))) {
                throw new IllegalArgumentException("bad word '" + piece + "' in term '" + term + "'");
            }
            if (lead || trail) {
                // wildcards compare folded forms; drop an elided article the way the tokenizer would
                List<Token> toks = tokenizer.tokenize(core);
                if (toks.size() != 1) {
                    throw new IllegalArgumentException("wildcard word '" + piece + "' in term '" + term
                            + "' must be a single word");
                }
                String key = toks.get(0).form();
                Kind kind = lead && trail ? Kind.INFIX : lead ? Kind.SUFFIX : Kind.PREFIX;
                out.add(new Word(kind, key));
                continue;
            }
            List<Token> toks = tokenizer.tokenize(core.toLowerCase(Locale.ROOT));
            if (toks.isEmpty()) {
                throw new IllegalArgumentException("bad word '" + piece + "' in term '" + term + "'");
            }
            for (Token t : toks) {
                out.add(exact ? new Word(Kind.EXACT, t.form()) : new Word(Kind.STEM, t.stem()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty term '" + term + "'");
        }
        return out.toArray(Word[]::new);
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Character trie over folded keys; {@link #collect} lists the ids of every key that is a prefix of the word. */
    private final class Trie {
        private final Map<Character, Trie> children = new HashMap<>(4);
        private int[] ids = new int[0];

        void add(String key, int id) {
            Trie node = this;
            for (int i = 0; i < key.length(); i++) {
                node = node.children.computeIfAbsent(key.charAt(i), c -> new Trie());
            }
            int[] grown = java.util.Arrays.copyOf(node.ids, node.ids.length + 1);
            grown[grown.length - 1] = id;
            node.ids = grown;
        }

        /** Adds the ids of every key that is a prefix of {@code word} (of its reverse), shortest key first. */
        void collect(String word, boolean reversed, List<Integer> out) {
            Trie node = this;
            int n = word.length();
            for (int i = 0; i < n; i++) {
                node = node.children.get(word.charAt(reversed ? n - 1 - i : i));
                if (node == null) {
                    return;
                }
                for (int id : node.ids) {
                    out.add(id);
                }
            }
        }
    }
}
