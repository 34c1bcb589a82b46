package io.signalcheck.bench;

import io.signalcheck.ArticleScorer;
import io.signalcheck.attribution.AttributionAnalyzer;
import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.language.LanguageDetector;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The whole pipeline and attribution alone on one language's 256 KB article of corpus prose, in ms of thread CPU
 * time per MB, measured as {@link StageCpuMain} measures a stage but with longer windows: the quick before/after
 * check behind {@code tools/ab-whole.sh}. {@code java -cp ... io.signalcheck.bench.WholeCpuMain LANG [seconds]}
 * prints {@code LANG attrib A whole W} (ms/MB).
 */
public final class WholeCpuMain {
    private WholeCpuMain() {}

    public static void main(String[] args) throws Exception {
        String lang = args[0];
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 4.0;
        byte[] bytes = BenchTexts.corpusArticle(lang, ScoringBenchmark.ARTICLE_CHARS).getBytes(StandardCharsets.UTF_8);
        String text = new DocumentExtractor().extract(bytes, "bench").text();
        String language = new LanguageDetector().detect(text).language();
        AnalyzedText analyzed = new AnalyzedText(text, language, new SentenceSplitter().split(text, language));
        AttributionAnalyzer attribution = new AttributionAnalyzer();
        ArticleScorer scorer = new ArticleScorer();
        double mb = bytes.length / 1e6;
        // the first pass only warms up: both measures' code compiled before either is timed
        for (int pass = 0; pass < 2; pass++) {
            double attrib = StageCpuMain.cpuSeconds(seconds, () -> attribution.analyze(analyzed));
            double whole = StageCpuMain.cpuSeconds(seconds, () -> scorer.score(bytes, "bench"));
            if (pass == 1) {
                System.out.printf(Locale.ROOT, "%s attrib %.2f whole %.2f%n", lang, attrib * 1e3 / mb, whole * 1e3 / mb);
            }
        }
    }
}
