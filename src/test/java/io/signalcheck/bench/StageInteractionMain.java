package io.signalcheck.bench;

import io.signalcheck.attribution.AttributionAnalyzer;
import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.language.LanguageDetector;
import io.signalcheck.signals.SignalDetector;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.SentenceSplitter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much the two big stages slow each other down when they run on the same text: CPU time per MB of the base
 * (extraction, language, sentences), base + signals, base + attribution and base + both, each measured the same
 * way in one run; interaction = both - signals - attribution + base. Diagnostic only (docs/PERFORMANCE.md,
 * round 8): {@code java -cp ... io.signalcheck.bench.StageInteractionMain FILE [seconds-per-measure]}.
 */
public final class StageInteractionMain {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WINDOWS = 8;

    private StageInteractionMain() {}

    private interface Work {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        DocumentExtractor extractor = new DocumentExtractor();
        LanguageDetector detector = new LanguageDetector();
        SentenceSplitter splitter = new SentenceSplitter();
        SignalDetector signals = new SignalDetector();
        AttributionAnalyzer attribution = new AttributionAnalyzer();
        Work base = () -> {
            String text = extractor.extract(bytes, "bench").text();
            String lang = detector.detect(text).language();
            return new AnalyzedText(text, lang, splitter.split(text, lang));
        };
        Work withSignals = () -> signals.detect((AnalyzedText) base.run());
        Work withAttribution = () -> attribution.analyze((AnalyzedText) base.run());
        Work withBoth = () -> {
            AnalyzedText text = (AnalyzedText) base.run();
            signals.detect(text);
            return attribution.analyze(text);
        };
        double perMb = 1e3 / (bytes.length / 1e6);
        // the first pass only warms up every path, so that none is measured while the JIT still compiles another
        for (int pass = 0; pass < 2; pass++) {
            double b = cpuSeconds(seconds, base);
            double s = cpuSeconds(seconds, withSignals);
            double a = cpuSeconds(seconds, withAttribution);
            double all = cpuSeconds(seconds, withBoth);
            if (pass == 1) {
                System.out.printf(Locale.ROOT, "ms of thread CPU per MB: base %.2f, signals %.2f, attribution %.2f,"
                        + " all %.2f; interaction %.2f%n", b * perMb, (s - b) * perMb, (a - b) * perMb, all * perMb,
                        (all - s - a + b) * perMb);
            }
        }
    }

    /** CPU seconds per call: the fastest of {@value #WINDOWS} windows after a third of the budget spent warming up. */
    private static double cpuSeconds(double budget, Work work) throws Exception {
        long warmEnd = THREADS.getCurrentThreadCpuTime() + (long) (budget / 3 * 1e9);
        Object sink = null;
        while (THREADS.getCurrentThreadCpuTime() < warmEnd) {
            sink = work.run();
        }
        double best = Double.MAX_VALUE;
        long window = (long) (budget * 2 / 3 * 1e9 / WINDOWS);
        for (int w = 0; w < WINDOWS; w++) {
            long start = THREADS.getCurrentThreadCpuTime();
            int calls = 0;
            long now;
            do {
                sink = work.run();
                calls++;
                now = THREADS.getCurrentThreadCpuTime();
            } while (now < start + window);
            best = Math.min(best, (now - start) / 1e9 / calls);
        }
        if (sink == null) {
            throw new IllegalStateException("stage returned nothing");
        }
        return best;
    }
}
