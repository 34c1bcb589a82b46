package io.signalcheck.attribution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of an attribution pack as a linguist writes it (docs/ATTRIBUTION.md describes every field).
 * {@code common.json} holds {@code languages} (the packs to load) and {@code actors} shared by every language;
 * a language pack may use every other field.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record PackFile(
        String language,
        String description,
        List<String> languages,
        Map<String, String> macros,
        List<String> notNames,
        List<String> keyStopwords,
        List<SourceSpec> sources,
        List<ActorSpec> actors,
        List<CueSpec> operations,
        List<CueSpec> blame,
        List<CueSpec> confidence,
        List<CueSpec> negation,
        String clauseBreak,
        Adjacency adjacency,
        List<ActorExample> actorExamples) {

    /** A sourcing rule with its own example sentences. */
    record SourceSpec(String id, String kind, String pattern, Boolean backup, String comment,
                      List<String> positive, List<String> negative) {}

    /** A canonical actor name (English) and the regex aliases that name it in one language. */
    record ActorSpec(String name, List<String> aliases) {}

    /** A cue pattern; {@code tier} only for confidence cues. */
    record CueSpec(String id, String tier, String pattern, String comment) {}

    /**
     * How many words may separate an actor placed before an operation word ({@code before}: "Russian influence
     * campaign") or after it ({@code after}: "campagne russe"), and the words that break that link when they lie
     * between ({@code blockers}: "a campaign against Russia", "Russia condemned the campaign").
     */
    record Adjacency(int before, int after, List<String> blockers) {}

    /** A sentence and the actors (canonical name to tier) the analyzer must find in it; empty means none. */
    record ActorExample(String text, Map<String, String> expect) {}
}
