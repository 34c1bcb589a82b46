package io.signalcheck.bench;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link ScoringBenchmark} and prints throughput in MB/s of input per core (tools/bench.sh). */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException {
        Options opts = new OptionsBuilder().include(ScoringBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(opts).run();
        System.out.println();
        System.out.println("lang  text    article_bytes  ops/s      MB/s (1 thread)");
        for (RunResult r : results) {
            String lang = r.getParams().getParam("lang");
            String text = r.getParams().getParam("text");
            int bytes = ScoringBenchmark.articleText(lang, text).getBytes(StandardCharsets.UTF_8).length;
            double ops = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "%-5s %-7s %13d  %7.2f ± %5.2f  %6.1f%n", lang, text, bytes, ops, err,
                    ops * bytes / 1e6);
        }
    }
}
