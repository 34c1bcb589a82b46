package io.signalcheck.eval;

import io.signalcheck.report.SourceCounts;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One corpus article with its ground truth, read from {@code <id>.labels.json} beside it.
 *
 * @param split           {@code tuning} or {@code heldout}, from the folder it sits in
 * @param detected        signal ids the text asserts
 * @param mentionedOnly   signal ids that appear only negated, hypothetical or denied
 * @param kind            {@code positive}, {@code hard_negative} or {@code negated}
 */
public record LabelledArticle(
        String id,
        String split,
        String language,
        Path file,
        boolean influenceOperation,
        Set<String> detected,
        Set<String> mentionedOnly,
        String attributionLevel,
        SourceCounts sources,
        List<ExpectedActor> actors,
        String kind,
        String note) {

    public static final String TUNING = "tuning";
    public static final String HELDOUT = "heldout";

    public LabelledArticle {
        detected = Set.copyOf(detected);
        mentionedOnly = Set.copyOf(mentionedOnly);
        actors = List.copyOf(actors);
    }
}
