package io.signalcheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits text into sentences with exact offsets: for every sentence,
 * {@code text.substring(start, end).equals(sentence.text())}, and the text is trimmed.
 *
 * <p>Rules, in order:
 * <ul>
 *   <li>A blank line always ends a sentence. A single line break ends one too (a headline, a list
 *       item, a paragraph without final punctuation), unless the next line starts with a lowercase
 *       letter: then the line was wrapped inside a sentence.</li>
 *   <li>{@code . ! ? …} (and runs such as {@code ?!} or {@code ...}), followed by any closing quotes or
 *       brackets ({@code " ' ” ’ » ) ]}, with spaces allowed before {@code »}), end a sentence when
 *       whitespace and then a capital letter, a digit, an opening quote or bracket, {@code ¿ ¡} or a
 *       dash follow, or the text ends. So "3.5", "e.g. the" or "dit-il... et" never split.</li>
 *   <li>A single period does not end a sentence after an abbreviation of the language's list
 *       ({@code resources/text/abbreviations-<lang>.txt}; multi-part ones such as "z. B." or
 *       "EE. UU." included), after a single capital letter (initials, "U.S."), or, for languages
 *       whose list says {@code @ordinal-dot}, after a number of one to three digits (German "1. Januar").</li>
 * </ul>
 * Unknown or undetermined languages use the union of all lists. Thread-safe.
 */
public final class SentenceSplitter {
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([¿¡—–-•";
    private static final String UNDETERMINED = "und";

    /**
     * Longest sentence emitted; a longer run (a page of words with no sentence punctuation) is cut at whitespace.
     * Attribution compares every actor with every cue of a sentence, so a 50 KB unpunctuated "sentence" cost it
     * seconds; real sentences stay far below this (the corpus's longest has 442 chars).
     */
    public static final int MAX_SENTENCE_CHARS = 2_000;

    private final Map<String, AbbreviationList> lists = new ConcurrentHashMap<>();

    public List<Sentence> split(String text, String language) {
        AbbreviationList abbreviations = listFor(language);
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        char[] chars = text.toCharArray();
        while (i < n) {
            // most chars neither end a line nor a sentence: pass them in a tight loop over the array
            char c = chars[i];
            while (c != '\n' && !isTerminal(c) && ++i < n) {
                c = chars[i];
            }
            if (i == n) {
                break;
            }
            if (c == '\n') {
                if (lineBreakEnds(text, i)) {
                    emit(text, start, i, out);
                    start = i + 1;
                }
                i++;
            } else { // a terminal
                int runEnd = i;
                while (runEnd < n && isTerminal(chars[runEnd])) {
                    runEnd++;
                }
                int end = skipClosers(text, runEnd);
                boolean singlePeriod = runEnd - i == 1 && c == '.';
                if (followedByNewSentence(text, end) && !(singlePeriod && abbreviationBefore(text, i, abbreviations))) {
                    emit(text, start, end, out);
                    start = end;
                }
                i = Math.max(end, i + 1);
            }
        }
        emit(text, start, n, out);
        return out;
    }

    /** Sentence-ending punctuation: . ! ? and the ellipsis char (compared directly: this runs on every char). */
    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private AbbreviationList listFor(String language) {
        String key = language == null ? UNDETERMINED : language;
        return lists.computeIfAbsent(key, lang -> {
            AbbreviationList own = UNDETERMINED.equals(lang) ? null : AbbreviationList.forLanguage(lang);
            return own != null ? own : AbbreviationList.union();
        });
    }

    /** A blank line always breaks; a single line break does unless the next line starts in lowercase. */
    private static boolean lineBreakEnds(String text, int newline) {
        int j = newline + 1;
        while (j < text.length() && isSpace(text.charAt(j)) && text.charAt(j) != '\n') {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        return !Character.isLowerCase(text.charAt(j));
    }

    private static int skipClosers(String text, int from) {
        int j = from;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (CLOSERS.indexOf(c) >= 0) {
                j++;
                continue;
            }
            // French typography puts a (narrow) no-break space before the closing guillemet
            int k = j;
            while (k < text.length() && isSpace(text.charAt(k)) && text.charAt(k) != '\n') {
                k++;
            }
            if (k > j && k < text.length() && text.charAt(k) == '»') {
                j = k + 1;
                continue;
            }
            break;
        }
        return j;
    }

    private static boolean followedByNewSentence(String text, int end) {
        int j = end;
        while (j < text.length() && isSpace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (j == end) {
            return false; // "3.5", "U.S", "end.Next": no space, no boundary
        }
        char next = text.charAt(j);
        return Character.isUpperCase(next) || Character.isTitleCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0;
    }

    /** Whether the period at {@code dot} belongs to an abbreviation, an initial or an ordinal number. */
    private static boolean abbreviationBefore(String text, int dot, AbbreviationList abbreviations) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == dot) {
            return abbreviations.ordinalDot() && isShortNumberBefore(text, dot);
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial, or the end of "U.S."
        }
        if (!abbreviations.mayContain(word)) {
            return false;
        }
        List<String> left = new ArrayList<>();
        left.add(word);
        // earlier parts of a dotted chain: "z. B" → ["z", "B"], "U.S" → ["U", "S"]
        int p = wordStart;
        while (left.size() < 4) {
            int q = p - 1;
            if (q >= 0 && text.charAt(q) == ' ') {
                q--;
            }
            if (q < 0 || text.charAt(q) != '.') {
                break;
            }
            int s = q;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            if (s == q) {
                break;
            }
            left.add(0, text.substring(s, q));
            p = s;
        }
        List<String> right = new ArrayList<>();
        int r = dot + 1;
        while (right.size() < 3) {
            int s = r;
            if (s < text.length() && text.charAt(s) == ' ') {
                s++;
            }
            int e = s;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e == s || e >= text.length() || text.charAt(e) != '.') {
                break;
            }
            right.add(text.substring(s, e));
            r = e + 1;
        }
        for (int a = 0; a < left.size(); a++) {
            for (int b = 0; b <= right.size(); b++) {
                StringBuilder candidate = new StringBuilder();
                for (String part : left.subList(a, left.size())) {
                    candidate.append(part).append('.');
                }
                for (String part : right.subList(0, b)) {
                    candidate.append(part).append('.');
                }
                AbbreviationList.Kind kind = abbreviations.lookup(candidate.toString());
                if (kind == AbbreviationList.Kind.NEVER_FINAL || kind != null && b > 0) {
                    return true; // a listed abbreviation, or a period inside a multi-part one
                }
            }
        }
        return false;
    }

    private static boolean isShortNumberBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isDigit(text.charAt(s - 1))) {
            s--;
        }
        int digits = dot - s;
        return digits >= 1 && digits <= 3 && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)));
    }

    private static void emit(String text, int from, int to, List<Sentence> out) {
        int s = from;
        int e = to;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        while (e - s > MAX_SENTENCE_CHARS) {
            int cut = cutBefore(text, s + MAX_SENTENCE_CHARS, s);
            emit(text, s, cut, out);
            s = cut;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
        }
        if (e > s) {
            out.add(new Sentence(s, e, text.substring(s, e)));
        }
    }

    /**
     * Where to cut an over-long run of text that starts at {@code from}, at or before {@code limit}: after its last
     * whitespace there, else at {@code limit} (never inside a surrogate pair).
     */
    private static int cutBefore(String text, int limit, int from) {
        for (int k = limit; k > from; k--) {
            if (isSpace(text.charAt(k - 1))) {
                return k;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** Whitespace including the no-break spaces French typography uses. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
