package io.signalcheck.attribution;

import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.language.LanguageDetector;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.SentenceSplitter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What each sourcing rule costs in a text: {@link AttributionAnalyzer#analyze}'s CPU time per MB with the
 * language's whole pack, with each rule left out in turn, and with no sourcing rules, each the best of a few alternating rounds. A rule's
 * cost is what leaving it out saves; timing rules one by one inside the loop distorted the figures (timer calls,
 * and code paths the JIT no longer saw together). Diagnostic only (docs/PERFORMANCE.md):
 * {@code java -cp ... io.signalcheck.attribution.RuleCostMain FILE [rounds]}.
 */
public final class RuleCostMain {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RuleCostMain() {}

    public static void main(String[] args) throws Exception {
        String text = new DocumentExtractor().extract(Files.readAllBytes(Path.of(args[0])), args[0]).text();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String lang = new LanguageDetector().detect(text).language();
        AnalyzedText analyzed = new AnalyzedText(text, lang, new SentenceSplitter().split(text, lang));
        AttributionPack full = new PackLoader().loadAll().get(lang);
        if (full == null) {
            throw new IllegalArgumentException("no attribution pack for language " + lang);
        }
        List<String> names = new ArrayList<>(List.of("(whole pack)"));
        List<AttributionPack> packs = new ArrayList<>(List.of(full));
        List<AttributionAnalyzer> analyzers = new ArrayList<>();
        for (SourceRule r : full.sources()) {
            List<SourceRule> rest = new ArrayList<>(full.sources());
            rest.remove(r);
            names.add("without " + r.id());
            packs.add(withSources(full, rest));
        }
        names.add("(no sourcing rules)");
        packs.add(withSources(full, List.of()));
        packs.forEach(p -> analyzers.add(new AttributionAnalyzer(Map.of(lang, p))));
        double[] best = new double[packs.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        double mb = text.length() / 1e6;
        for (int round = 0; round < rounds; round++) {
            for (int v = 0; v < packs.size(); v++) {
                long start = THREADS.getCurrentThreadCpuTime();
                int calls = 0;
                while (THREADS.getCurrentThreadCpuTime() - start < 300_000_000L) {
                    calls += analyzers.get(v).analyze(analyzed) != null ? 1 : 0;
                }
                best[v] = Math.min(best[v], (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / calls / mb);
            }
        }
        System.out.printf("%s, %d chars, CPU ms per MB, best of %d rounds; cost = what leaving the rule out saves%n",
                lang, text.length(), rounds);
        for (int v = 0; v < packs.size(); v++) {
            System.out.printf("%7.2f  %+7.2f  %s%n", best[v], best[0] - best[v], names.get(v));
        }
    }

    private static AttributionPack withSources(AttributionPack p, List<SourceRule> sources) {
        return new AttributionPack(p.language(), sources, p.notNames(), p.keyStopwords(), p.actors(), p.operations(),
                p.blame(), p.confidence(), p.negation(), p.clauseBreak(), p.clauseBreakStarts(),
                p.clauseBreakBranches(), p.adjacentBefore(), p.adjacentAfter(), p.adjacencyBlockers(),
                p.actorExamples(), p.sourcesGate(), p.operationsGate(), p.operationsHaveOpenGate(), p.gateWords());
    }
}
