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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Per-stage throughput in MB/s of this thread's CPU time (not wall time), so that figures stay meaningful on a
 * machine shared with other jobs. A quick companion to {@link ScoringBenchmark} while looking for hot spots:
 * {@code java -cp ... io.signalcheck.bench.StageCpuMain [seconds-per-stage]}.
 */
public final class StageCpuMain {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WINDOWS = 8;

    private StageCpuMain() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        // "corpus": articles made of corpus text; a file name: that file as the article of its language
        String source = args.length > 1 ? args[1] : "dense";
        boolean corpus = source.equals("corpus");
        DocumentExtractor extractor = new DocumentExtractor();
        LanguageDetector detector = new LanguageDetector();
        SentenceSplitter splitter = new SentenceSplitter();
        SignalDetector signals = new SignalDetector();
        AttributionAnalyzer attribution = new AttributionAnalyzer();
        ArticleScorer scorer = new ArticleScorer();
        System.out.println("MB/s of thread CPU time (" + (corpus ? "~256 KB of corpus text"
                : source.equals("dense") ? "~256 KB of the dense paragraph" : source) + ")");
        System.out.println("lang  extract   language  sentences signals   attrib    whole");
        String[] langs = {"en", "fr", "de", "es"};
        // one untimed pass over every language first: the first language measured would otherwise pay for JIT
        // compilation still running in the background
        for (boolean timed : new boolean[] {false, true}) {
            for (String lang : langs) {
                byte[] bytes;
                if (corpus || source.equals("dense")) {
                    String text = corpus ? BenchTexts.corpusArticle(lang, ScoringBenchmark.ARTICLE_CHARS)
                            : BenchTexts.article(lang, ScoringBenchmark.ARTICLE_CHARS);
                    bytes = text.getBytes(StandardCharsets.UTF_8);
                } else {
                    bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(source.replace("{lang}", lang)));
                }
                ExtractedDocument doc = extractor.extract(bytes, "bench");
                LanguageGuess guess = detector.detect(doc.text(), null);
                AnalyzedText analyzed = new AnalyzedText(doc.text(), guess.language(),
                        splitter.split(doc.text(), guess.language()));
                double mb = bytes.length / 1e6;
                double budget = timed ? seconds : seconds / 3;
                double[] perCall = {
                    cpuSeconds(budget, () -> extractor.extract(bytes, "bench")),
                    cpuSeconds(budget, () -> detector.detect(doc.text(), null)),
                    cpuSeconds(budget, () -> splitter.split(doc.text(), guess.language())),
                    cpuSeconds(budget, () -> signals.detect(analyzed)),
                    cpuSeconds(budget, () -> attribution.analyze(analyzed)),
                    cpuSeconds(budget, () -> scorer.score(bytes, "bench"))};
                if (timed) {
                    System.out.printf(Locale.ROOT, "%-5s %8.1f  %8.1f  %8.1f  %8.1f  %8.1f  %8.1f%n", lang,
                            mb / perCall[0], mb / perCall[1], mb / perCall[2], mb / perCall[3], mb / perCall[4],
                            mb / perCall[5]);
                }
            }
        }
    }

    /** One stage's call, as measured by {@link #cpuSeconds}. */
    interface Work {
        Object run() throws Exception;
    }

    /**
     * CPU seconds per call: warm up for a third of the budget, then split the rest into {@value #WINDOWS} windows
     * and keep the fastest. Other tenants of a shared machine only ever slow a window down (cache and core
     * contention inflate even thread CPU time), so the best window is the steadiest estimate of the code's cost.
     */
    static double cpuSeconds(double budget, Work work) throws Exception {
        long warmEnd = THREADS.getCurrentThreadCpuTime() + (long) (budget / 3 * 1e9);
        Object sink = null;
        while (THREADS.getCurrentThreadCpuTime() < warmEnd) {
            sink = work.run();
        }
        double best = Double.MAX_VALUE;
        long window = (long) (budget * 2 / 3 * 1e9 / WINDOWS);
        for (int w = 0; w < WINDOWS; w++) {
            long start = THREADS.getCurrentThreadCpuTime();
            long end = start + window;
            int calls = 0;
            long now;
            do {
                sink = work.run();
                calls++;
                now = THREADS.getCurrentThreadCpuTime();
            } while (now < end);
            best = Math.min(best, (now - start) / 1e9 / calls);
        }
        if (sink == null) {
            throw new IllegalStateException("stage returned nothing");
        }
        return best;
    }
}
