package io.signalcheck.bench;

import io.signalcheck.attribution.AttributionAnalyzer;
import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.language.LanguageDetector;
import io.signalcheck.signals.SignalDetector;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much the two big stages slow each other down when they run on the same text: CPU time per MB of the base
 * (extraction, language, sentences), base + signals, base + attribution and base + both, each measured as
 * {@link StageCpuMain} measures a stage, in one run; interaction = both - signals - attribution + base (its
 * run-to-run noise is about 2 ms/MB). Diagnostic only (docs/PERFORMANCE.md, round 8):
 * {@code java -cp ... io.signalcheck.bench.StageInteractionMain FILE [seconds-per-measure]}.
 */
public final class StageInteractionMain {
    private StageInteractionMain() {}

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        DocumentExtractor extractor = new DocumentExtractor();
        LanguageDetector detector = new LanguageDetector();
        SentenceSplitter splitter = new SentenceSplitter();
        SignalDetector signals = new SignalDetector();
        AttributionAnalyzer attribution = new AttributionAnalyzer();
        StageCpuMain.Work base = () -> {
            String text = extractor.extract(bytes, "bench").text();
            String lang = detector.detect(text).language();
            return new AnalyzedText(text, lang, splitter.split(text, lang));
        };
        StageCpuMain.Work withSignals = () -> signals.detect((AnalyzedText) base.run());
        StageCpuMain.Work withAttribution = () -> attribution.analyze((AnalyzedText) base.run());
        StageCpuMain.Work withBoth = () -> {
            AnalyzedText text = (AnalyzedText) base.run();
            signals.detect(text);
            return attribution.analyze(text);
        };
        double perMb = 1e3 / (bytes.length / 1e6);
        // the first pass only warms up every path, so that none is measured while the JIT still compiles another
        for (int pass = 0; pass < 2; pass++) {
            double b = StageCpuMain.cpuSeconds(seconds, base);
            double s = StageCpuMain.cpuSeconds(seconds, withSignals);
            double a = StageCpuMain.cpuSeconds(seconds, withAttribution);
            double all = StageCpuMain.cpuSeconds(seconds, withBoth);
            if (pass == 1) {
                System.out.printf(Locale.ROOT, "ms of thread CPU per MB: base %.2f, signals %.2f, attribution %.2f,"
                        + " all %.2f; interaction %.2f%n", b * perMb, (s - b) * perMb, (a - b) * perMb, all * perMb,
                        (all - s - a + b) * perMb);
            }
        }
    }
}
