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
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ScoringBenchmark {
    /** Size of one benchmark article in characters (~ bytes for this text). */
    public static final int ARTICLE_CHARS = 256 * 1024;

    @Param({"en", "fr", "de", "es"})
    public String lang;

    private ArticleScorer scorer;
    private byte[] article;

    @Setup
    public void setUp() {
        scorer = new ArticleScorer();
        article = BenchTexts.article(lang, ARTICLE_CHARS).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ScoreReport scoreLongArticle() {
        return scorer.score(article, "bench-" + lang);
    }

    public int articleBytes() {
        return article.length;
    }
}
