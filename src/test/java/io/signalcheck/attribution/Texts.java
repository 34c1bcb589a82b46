package io.signalcheck.attribution;

import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds analysed texts for tests: the given sentences joined by a space, with exact offsets (no splitter needed). */
final class Texts {
    private Texts() {}

    static AnalyzedText of(String language, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(s);
            out.add(new Sentence(start, text.length(), s));
        }
        return new AnalyzedText(text.toString(), language, out);
    }

    /** Every example sentence the packs carry: each sourcing rule's positives and negatives, then actor examples. */
    static List<String> packExamples(Map<String, AttributionPack> packs) {
        List<String> out = new ArrayList<>();
        for (AttributionPack pack : packs.values()) {
            pack.sources().forEach(r -> {
                out.addAll(r.positive());
                out.addAll(r.negative());
            });
            pack.actorExamples().forEach(e -> out.add(e.text()));
        }
        return out;
    }
}
