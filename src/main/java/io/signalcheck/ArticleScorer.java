package io.signalcheck;

import io.signalcheck.attribution.AttributionAnalyzer;
import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.extraction.ExtractedDocument;
import io.signalcheck.extraction.RejectedInputException;
import io.signalcheck.language.LanguageDetector;
import io.signalcheck.language.LanguageGuess;
import io.signalcheck.report.Attribution;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.Note;
import io.signalcheck.report.Overall;
import io.signalcheck.report.ReportError;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.signals.OverallScorer;
import io.signalcheck.signals.Signal;
import io.signalcheck.signals.SignalDetector;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring pipeline, shared by the CLI, the S3 handler and the API: bytes in, report out.
 * Build it once (rule packs compile in the constructor) and reuse it; it is thread-safe.
 */
public final class ArticleScorer {
    private static final System.Logger LOG = System.getLogger(ArticleScorer.class.getName());
    private final DocumentExtractor extractor = new DocumentExtractor();
    private final LanguageDetector languageDetector = new LanguageDetector();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final SignalDetector signalDetector = new SignalDetector();
    private final AttributionAnalyzer attributionAnalyzer = new AttributionAnalyzer();
    private final OverallScorer overallScorer = new OverallScorer();

    public String rulesVersion() {
        return signalDetector.rulesVersion();
    }

    /** Reads at most {@code maxBytes} from the stream (a longer one is rejected unread) and scores it. */
    public ScoreReport score(InputStream in, String input, long maxBytes) throws IOException {
        byte[] bytes;
        try {
            bytes = DocumentExtractor.readBounded(in, maxBytes);
        } catch (RejectedInputException e) {
            return rejected(input, e);
        }
        return score(bytes, input);
    }

    /**
     * Scores bytes; a bad input gives a {@code rejected} report, never an exception. An unexpected failure inside
     * extraction or scoring (a library bug, a pathological input) would fail the same way on every retry, so it
     * becomes a {@code rejected} report with code {@code scoring_failed}: one bad file never stops a batch.
     */
    public ScoreReport score(byte[] bytes, String input) {
        try {
            return scoreText(extractor.extract(bytes, input), input);
        } catch (RejectedInputException e) {
            return rejected(input, e);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.ERROR, "scoring failed for " + input, e);
            return rejectedReport(input, "scoring_failed",
                    "the input could not be scored because of an internal error (" + e.getClass().getSimpleName() + ")");
        }
    }

    ScoreReport scoreText(ExtractedDocument doc, String input) {
        String text = doc.text();
        LanguageGuess guess = languageDetector.detect(text, doc.declaredLanguage());
        List<Note> notes = new ArrayList<>();
        if (!guess.supported()) {
            notes.add(new Note("unsupported_language",
                    "language not identified as fr, en, de or es; rules were not applied"));
        }
        AnalyzedText analyzed = new AnalyzedText(text, guess.language(), sentenceSplitter.split(text, guess.language()));
        Map<Signal, Indicator> bySignal = guess.supported() ? signalDetector.detect(analyzed) : emptyIndicators();
        Attribution attribution = guess.supported() ? attributionAnalyzer.analyze(analyzed) : Attribution.none();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        bySignal.forEach((signal, indicator) -> indicators.put(signal.id(), indicator));
        Overall overall = overallScorer.combine(bySignal, attribution);
        return new ScoreReport(ScoreReport.SCHEMA_VERSION, rulesVersion(), input, doc.title(), guess.language(),
                round(guess.confidence()), countWords(text), ScoreReport.SCORED, null, List.copyOf(notes), overall,
                indicators, attribution);
    }

    private ScoreReport rejected(String input, RejectedInputException e) {
        return rejectedReport(input, e.code(), e.getMessage());
    }

    /** A {@code rejected} report for an input that could not be read or extracted. */
    public ScoreReport rejectedReport(String input, String code, String message) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        emptyIndicators().forEach((s, i) -> indicators.put(s.id(), i));
        return new ScoreReport(ScoreReport.SCHEMA_VERSION, rulesVersion(), input, null, "und", 0.0, 0,
                ScoreReport.REJECTED, new ReportError(code, message), List.of(), new Overall(0.0, "low"),
                indicators, Attribution.none());
    }

    private static Map<Signal, Indicator> emptyIndicators() {
        Map<Signal, Indicator> out = new LinkedHashMap<>();
        for (Signal s : Signal.values()) {
            out.put(s, new Indicator(0.0, false, 0, List.of(), List.of()));
        }
        return out;
    }

    /** {@link Character#isLetterOrDigit(char)} for ASCII as 1 or 0, from a table: the count runs over every char. */
    private static final byte[] ASCII_WORD_CHAR = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHAR[c] = (byte) (Character.isLetterOrDigit(c) ? 1 : 0);
        }
    }

    /** Runs of letters or digits; counted without a branch per char (word edges are as frequent as they are random). */
    static int countWords(String text) {
        int words = 0;
        int inWord = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int letter = c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c) ? 1 : 0;
            words += letter & ~inWord;
            inWord = letter;
        }
        return words;
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
