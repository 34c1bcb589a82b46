package io.signalcheck.bench;

import io.signalcheck.ArticleScorer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-pipeline MB/s of thread CPU time over real articles (the corpus files given as arguments), which unlike
 * the bench article mix sentences with and without attribution: {@code CorpusCpuMain <seconds> <file>...}.
 */
public final class CorpusCpuMain {
    private CorpusCpuMain() {}

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        List<byte[]> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String name = Path.of(args[i]).getFileName().toString();
            if (name.endsWith(".labels.json")) {
                continue; // the corpus globs catch the label sidecars too: they are not articles
            }
            files.add(Files.readAllBytes(Path.of(args[i])));
            names.add(name);
        }
        ArticleScorer scorer = new ArticleScorer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 2; round++) {
            // round 0 warms the JIT up; round 1 is the figure
            long bytes = 0;
            long cpu0 = threads.getCurrentThreadCpuTime();
            long until = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < until) {
                for (int i = 0; i < files.size(); i++) {
                    scorer.score(files.get(i), names.get(i));
                    bytes += files.get(i).length;
                }
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            if (round == 1) {
                System.out.printf("%d files, %.1f MB/s of thread CPU time%n", files.size(), bytes / 1e6 / cpu);
            }
        }
    }
}
