package io.signalcheck.cli;

import io.signalcheck.ArticleScorer;
import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.report.ReportJson;
import io.signalcheck.report.ScoreReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score [--json] [--max-bytes N] FILE...|-}: offline scoring, exit 0 all scored, 1 some rejected, 2 usage. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score files, directories (recursively) or stdin ('-') offline.")
public final class ScoreCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON report per input, one per line (JSON Lines).")
    boolean json;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Reject inputs larger than N bytes before reading them whole (default: ${DEFAULT-VALUE}).")
    long maxBytes = DocumentExtractor.DEFAULT_MAX_BYTES;

    @Option(names = "--progress", description = "Show progress on stderr even when output is redirected "
            + "(by default only when the console is interactive).")
    boolean forceProgress;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories or '-' for stdin.")
    List<String> inputs;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream stdin;

    public ScoreCommand() {
        this(new PrintStream(System.out, false, StandardCharsets.UTF_8), System.err, System.in);
    }

    ScoreCommand(PrintStream out, PrintStream err, InputStream stdin) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (maxBytes <= 0) {
            err.println("signalcheck: --max-bytes must be positive");
            return 2;
        }
        List<String> expanded;
        try {
            expanded = expand(inputs);
        } catch (UncheckedIOException e) {
            err.println("signalcheck: " + e.getCause().getMessage());
            return 2;
        }
        ArticleScorer scorer = new ArticleScorer();
        ReportTable table = new ReportTable(out);
        boolean progress = (forceProgress || System.console() != null) && expanded.size() > 1;
        int rejected = 0;
        for (int i = 0; i < expanded.size(); i++) {
            String name = expanded.get(i);
            if (progress) {
                err.printf("\r[%d/%d] %s\u001b[K", i + 1, expanded.size(), name);
            }
            ScoreReport report = scoreOne(scorer, name);
            if (report.isRejected()) {
                rejected++;
                err.println((progress ? "\r" : "") + "signalcheck: rejected " + name + ": "
                        + report.error().code() + ": " + report.error().message());
            }
            if (json) {
                out.println(ReportJson.toJson(report));
            } else {
                table.print(report);
            }
            out.flush();
        }
        if (progress) {
            err.print("\r\u001b[K");
        }
        return rejected == 0 ? 0 : 1;
    }

    private ScoreReport scoreOne(ArticleScorer scorer, String name) {
        try {
            if ("-".equals(name)) {
                return scorer.score(stdin, "-", maxBytes);
            }
            Path path = Path.of(name);
            if (!Files.isRegularFile(path)) {
                return unreadable(scorer, name, "not_found", "no such file: " + name);
            }
            if (Files.size(path) > maxBytes) {
                return unreadable(scorer, name, "too_large",
                        "the input is " + Files.size(path) + " bytes, over the limit of " + maxBytes + " bytes");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return scorer.score(in, name, maxBytes);
            }
        } catch (IOException e) {
            return unreadable(scorer, name, "unreadable", "cannot read " + name + ": " + e.getMessage());
        }
    }

    private static ScoreReport unreadable(ArticleScorer scorer, String name, String code, String message) {
        return scorer.rejectedReport(name, code, message);
    }

    /** Files as given, directories walked recursively in sorted order, so output order is stable. */
    static List<String> expand(List<String> inputs) {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (!"-".equals(in) && Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }
}
