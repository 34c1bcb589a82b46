package io.signalcheck.bench;

import io.signalcheck.ArticleScorer;
import io.signalcheck.report.ScoreReport;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Steady-state scoring throughput of the whole pipeline (extraction → report) on long articles, one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// steady state: on this 2-core machine the JIT's threads compete with the benchmark's, and three 2 s warm-up
// iterations left throughput still rising through the measurement (en 60 -> 76 ops/s)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ScoringBenchmark {
    /** Size of one benchmark article in characters (~ bytes for this text). */
    public static final int ARTICLE_CHARS = 256 * 1024;

    @Param({"en", "fr", "de", "es"})
    public String lang;

    /**
     * {@code dense}: our benchmark paragraph repeated (every sentence has sourcing, actors and signals, the
     * worst case for attribution); {@code corpus}: every corpus article of the language in a row, the prose
     * analysts drop (most sentences attribute nothing).
     */
    @Param({"dense", "corpus"})
    public String text;

    private ArticleScorer scorer;
    private byte[] article;

    @Setup
    public void setUp() {
        scorer = new ArticleScorer();
        article = articleText(lang, text).getBytes(StandardCharsets.UTF_8);
    }

    /** The benchmark article of {@code lang} for {@code text} (dense or corpus). */
    static String articleText(String lang, String text) {
        return text.equals("corpus") ? BenchTexts.corpusArticle(lang, ARTICLE_CHARS) : BenchTexts.article(lang, ARTICLE_CHARS);
    }

    @Benchmark
    public ScoreReport scoreLongArticle() {
        return scorer.score(article, "bench-" + lang);
    }

    public int articleBytes() {
        return article.length;
    }
}
