package io.signalcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.signalcheck.ArticleScorer;
import io.signalcheck.eval.CorpusException;
import io.signalcheck.eval.CorpusLoader;
import io.signalcheck.eval.EvaluationReport;
import io.signalcheck.eval.Evaluator;
import io.signalcheck.eval.LabelledArticle;
import io.signalcheck.report.ScoreReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval [--json] [CORPUS_DIR]}: scores the labelled corpus and prints the metrics for the tuning part, the
 * held-out part and both. It measures, it does not judge: exit 0 whatever the figures (the targets are asserted
 * by tests), 1 when the corpus labels are malformed, 2 when the corpus folder does not exist.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate the engine on the labelled corpus: per-signal precision/recall/F1, macro-F1, "
                + "language and attribution-level accuracy, actor precision/recall, ROC AUC of the overall score.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the metrics as one JSON document.")
    boolean json;

    @Option(names = "--show-heldout-errors", description = "Also list the held-out articles the engine gets wrong. "
            + "Off by default: rule writers tune on the tuning part only, so held-out misses stay out of sight.")
    boolean showHeldoutErrors;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS_DIR", defaultValue = "corpus",
            description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    private final PrintStream out;
    private final PrintStream err;

    public EvalCommand() {
        this(new PrintStream(System.out, false, StandardCharsets.UTF_8), System.err);
    }

    EvalCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(corpus)) {
            err.println("signalcheck: no corpus folder at " + corpus);
            return 2;
        }
        List<LabelledArticle> articles;
        try {
            articles = new CorpusLoader().load(corpus);
        } catch (CorpusException e) {
            err.println("signalcheck: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("signalcheck: cannot read the corpus: " + e.getMessage());
            return 1;
        }
        ArticleScorer scorer = new ArticleScorer();
        EvaluationReport report = new Evaluator().evaluate(corpus.toString(), scorer.rulesVersion(), articles,
                a -> score(scorer, a));
        if (!showHeldoutErrors) {
            report = report.withoutMisclassified(LabelledArticle.HELDOUT);
        }
        if (json) {
            out.println(toJson(report));
        } else {
            new EvaluationTable(out).print(report);
        }
        out.flush();
        return 0;
    }

    private static ScoreReport score(ArticleScorer scorer, LabelledArticle article) {
        String name = article.file().toString();
        try {
            return scorer.score(Files.readAllBytes(article.file()), name);
        } catch (IOException e) {
            return scorer.rejectedReport(name, "unreadable", "cannot read " + name + ": " + e.getMessage());
        }
    }

    private static String toJson(EvaluationReport report) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evaluation report is not serialisable", e);
        }
    }
}
