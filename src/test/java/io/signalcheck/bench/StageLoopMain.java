package io.signalcheck.bench;

import io.signalcheck.ArticleScorer;
import io.signalcheck.attribution.AttributionAnalyzer;
import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.extraction.ExtractedDocument;
import io.signalcheck.language.LanguageDetector;
import io.signalcheck.language.LanguageGuess;
import io.signalcheck.signals.SignalDetector;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;

/**
 * Runs one stage ({@code attrib}, {@code signals} or {@code whole}) on one language's bench article for a number of seconds, to be
 * profiled with JFR: {@code java -XX:StartFlightRecording=... StageLoopMain de attrib 20 [corpus]} (corpus: the
 * article made of corpus text instead of the dense bench paragraph).
 */
public final class StageLoopMain {
    private StageLoopMain() {}

    public static void main(String[] args) throws Exception {
        String lang = args.length > 0 ? args[0] : "en";
        String stage = args.length > 1 ? args[1] : "attrib";
        long until = System.nanoTime() + (long) ((args.length > 2 ? Double.parseDouble(args[2]) : 20) * 1e9);
        boolean corpus = args.length > 3 && args[3].equals("corpus");
        byte[] bytes = (corpus ? BenchTexts.corpusArticle(lang, ScoringBenchmark.ARTICLE_CHARS)
                : BenchTexts.article(lang, ScoringBenchmark.ARTICLE_CHARS)).getBytes(StandardCharsets.UTF_8);
        ExtractedDocument doc = new DocumentExtractor().extract(bytes, "bench");
        LanguageGuess guess = new LanguageDetector().detect(doc.text(), null);
        AnalyzedText analyzed = new AnalyzedText(doc.text(), guess.language(),
                new SentenceSplitter().split(doc.text(), guess.language()));
        AttributionAnalyzer attribution = new AttributionAnalyzer();
        ArticleScorer scorer = new ArticleScorer();
        SignalDetector signals = new SignalDetector();
        int calls = 0;
        while (System.nanoTime() < until) {
            Object out = switch (stage) {
                case "whole" -> scorer.score(bytes, "bench");
                case "signals" -> signals.detect(analyzed);
                case "attrib" -> attribution.analyze(analyzed);
                default -> throw new IllegalArgumentException("stage: attrib, signals or whole, not " + stage);
            };
            calls += out == null ? 0 : 1;
        }
        System.out.println(calls + " calls");
    }
}
