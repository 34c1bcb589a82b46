package io.signalcheck.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Identifies fr, en, de and es from frequent function words and telling letters (data under
 * {@code resources/language/}); Italian, Portuguese, Dutch and Catalan are known too, so their text
 * is reported {@code und} rather than mistaken for a supported neighbour.
 *
 * <p>Each language scores the weights of its words found in the text plus its letter cues. For a
 * piece of text, the confidence grows with the lead of the best language over the second:
 * {@code 1 - exp(-(best - second) / 2)}, so two or three words decide little and a paragraph decides
 * a lot. Every sentence-like segment then votes for its language with its word count: the majority
 * wins, and the confidence is multiplied by the share of the votes it won, so mixed-language text
 * goes to its majority language with a lower confidence. A text with no evidence at all is
 * {@code und} with confidence 0; a text whose best language is a known unsupported one (it, pt, nl,
 * ca) is {@code und} with that language's confidence. Thread-safe; build once.
 */
public final class LanguageDetector {
    /** Below this confidence the text is ambiguous and a declared language may decide. */
    public static final double AMBIGUOUS_BELOW = 0.35;
    /**
     * Below this confidence (and with no declared language to settle it) a guess is no better than chance, so
     * the text is reported {@code und} rather than scored with the wrong language's rules.
     */
    public static final double UNDETERMINED_BELOW = 0.15;
    /** Confidence given to a declared language accepted for an ambiguous text. */
    static final double HINT_CONFIDENCE = 0.4;
    /**
     * Enough text to decide (about 5,000 words); longer inputs are judged on their start. A pass costs as much as
     * a fifth of all scoring per char, so reading more of a long article only bought the same answer slower.
     */
    static final int SAMPLE_CHARS = 30_000;
    /** Lead (in word weights) over the runner-up that gives a confidence of 1 - 1/e ≈ 0.63. */
    private static final double EVIDENCE_SCALE = 2.0;
    /** Characters that end a segment for the majority vote. */
    private static final String SEGMENT_ENDS = ".!?;\n…";

    private final LanguageProfiles profiles = new LanguageProfiles();

    public LanguageGuess detect(String text) {
        return detect(text, null);
    }

    /**
     * Like {@link #detect(String)}, but a language declared by the input (HTML {@code lang}, JSON
     * {@code language}) decides when the text itself is ambiguous: confidence below
     * {@link #AMBIGUOUS_BELOW} and the declared language is a supported one with at least half the
     * best score, or the text has no evidence at all. A clear text always wins over its declaration.
     */
    public LanguageGuess detect(String text, String declaredLanguage) {
        LanguageGuess guess = detectOrGuess(text, declaredLanguage);
        if (guess.supported() && guess.confidence() < UNDETERMINED_BELOW) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED, guess.confidence());
        }
        return guess;
    }

    private LanguageGuess detectOrGuess(String text, String declaredLanguage) {
        Analysis analysis = analyse(text);
        LanguageGuess fromText = analysis.guess();
        if (declaredLanguage == null || fromText.confidence() >= AMBIGUOUS_BELOW) {
            return fromText;
        }
        String hint = declaredLanguage.strip().toLowerCase(Locale.ROOT);
        int hinted = profiles.languages().indexOf(hint);
        if (hinted < 0 || !profiles.isSupported(hint)) {
            return fromText;
        }
        double best = Arrays.stream(analysis.scores()).max().orElse(0.0);
        if (best == 0.0 || analysis.scores()[hinted] * 2 >= best) {
            return new LanguageGuess(hint, Math.max(fromText.confidence(), HINT_CONFIDENCE));
        }
        return fromText;
    }

    /** The guess from the text alone and the evidence per language index behind it. */
    private record Analysis(LanguageGuess guess, double[] scores) {}

    /**
     * One pass over the (sampled, lowercased) text. Each sentence-like segment votes for its best
     * language with its word count; the language with most votes wins. Confidence: the share of the
     * votes it won times how sure its segments (or the whole text, when it agrees) were.
     */
    private Analysis analyse(String text) {
        List<String> languages = profiles.languages();
        int count = languages.size();
        double[] whole = new double[count];
        double[] segment = new double[count];
        double[] votes = new double[count];
        double[] sureness = new double[count];
        double totalVotes = 0.0;
        int segmentWords = 0;
        String sample = text == null ? "" : text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String lower = sample.toLowerCase(Locale.ROOT);
        char[] chars = lower.toCharArray();
        int n = chars.length;
        boolean prevLetter = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : '\n';
            LanguageProfiles.LetterCue[] cues = profiles.cuesStartingWith(c);
            if (cues != null) {
                for (LanguageProfiles.LetterCue cue : cues) {
                    if (cue.startsAt(chars, i)) {
                        segment[cue.language()] += cue.weight();
                    }
                }
            }
            boolean letter = isLetter(c);
            if (letter && !prevLetter) {
                int end = i + 1;
                while (end < n && isLetter(chars[end])) {
                    end++;
                }
                segmentWords++;
                double[] weights = profiles.weightsOf(lower, i, end);
                if (weights != null) {
                    for (int l = 0; l < count; l++) {
                        segment[l] += weights[l];
                    }
                }
            } else if (!letter && SEGMENT_ENDS.indexOf(c) >= 0) {
                Scored best = best(segment);
                if (best != null) {
                    votes[best.language()] += segmentWords;
                    sureness[best.language()] += segmentWords * best.confidence();
                    totalVotes += segmentWords;
                }
                for (int l = 0; l < count; l++) {
                    whole[l] += segment[l];
                    segment[l] = 0.0;
                }
                segmentWords = 0;
            }
            prevLetter = letter;
        }
        Scored overall = best(whole);
        if (overall == null || totalVotes == 0.0) {
            return new Analysis(new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0), whole);
        }
        int winner = overall.language();
        // ties keep the language with most evidence overall; the list order makes the rest deterministic
        for (int l = 0; l < count; l++) {
            if (votes[l] > votes[winner]) {
                winner = l;
            }
        }
        double share = votes[winner] / totalVotes;
        double sure = sureness[winner] / votes[winner];
        if (winner == overall.language()) {
            sure = Math.max(sure, overall.confidence());
        }
        double confidence = Math.round(share * sure * 1000.0) / 1000.0;
        String language = languages.get(winner);
        return new Analysis(new LanguageGuess(profiles.isSupported(language) ? language : LanguageGuess.UNDETERMINED,
                confidence), whole);
    }

    /** {@link Character#isLetter(char)}, with the ASCII answer computed inline. */
    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }

    /** A language (by index) and how clearly the scores point to it. */
    private record Scored(int language, double confidence) {}

    /** The best-scoring language with its lead-based confidence, or null without any evidence. */
    private static Scored best(double[] scores) {
        int bestLang = -1;
        double best = 0.0;
        double second = 0.0;
        for (int l = 0; l < scores.length; l++) {
            double s = scores[l];
            if (s > best) {
                second = best;
                best = s;
                bestLang = l;
            } else if (s > second) {
                second = s;
            }
        }
        if (bestLang < 0) {
            return null;
        }
        return new Scored(bestLang, 1.0 - Math.exp(-(best - second) / EVIDENCE_SCALE));
    }
}
