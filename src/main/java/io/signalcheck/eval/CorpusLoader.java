package io.signalcheck.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalcheck.attribution.SourcingLevel;
import io.signalcheck.report.SourceCounts;
import io.signalcheck.signals.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code <corpus>/<tuning|heldout>/<lang>/<id>.<txt|html|json>} with the sidecar {@code <id>.labels.json}
 * and checks every label against the format in corpus/README.md. Problems are collected, not thrown one by one,
 * so a label writer sees them all in one run.
 */
public final class CorpusLoader {
    static final String LABELS_SUFFIX = ".labels.json";
    static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "html", "json");
    static final Set<String> LEVELS = Set.of("none", "strong", "mixed", "weak");
    static final Set<String> CONFIDENCES = Set.of("high", "moderate", "low");
    static final Set<String> KINDS = Set.of("positive", "hard_negative", "negated");

    private final ObjectMapper mapper = new ObjectMapper();

    /** All articles, ordered by split (tuning first), language, id. */
    public List<LabelledArticle> load(Path corpusDir) throws CorpusException, IOException {
        if (!Files.isDirectory(corpusDir)) {
            throw new CorpusException(List.of("not a directory: " + corpusDir));
        }
        List<String> problems = new ArrayList<>();
        List<LabelledArticle> articles = new ArrayList<>();
        for (String split : List.of(LabelledArticle.TUNING, LabelledArticle.HELDOUT)) {
            Path splitDir = corpusDir.resolve(split);
            if (!Files.isDirectory(splitDir)) {
                problems.add("missing split folder: " + splitDir);
                continue;
            }
            for (Path langDir : sortedChildren(splitDir)) {
                if (Files.isDirectory(langDir)) {
                    loadLanguage(split, langDir, articles, problems);
                } else {
                    problems.add("unexpected file (articles go in a language folder): " + langDir);
                }
            }
        }
        Map<String, Path> seen = new HashMap<>();
        for (LabelledArticle a : articles) {
            Path before = seen.putIfAbsent(a.id(), a.file());
            if (before != null) {
                problems.add("duplicate id " + a.id() + ": " + before + " and " + a.file());
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add("no articles under " + corpusDir);
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return articles;
    }

    private void loadLanguage(String split, Path langDir, List<LabelledArticle> out, List<String> problems)
            throws IOException {
        String language = langDir.getFileName().toString();
        Set<String> labelled = new LinkedHashSet<>();
        Set<String> withArticle = new LinkedHashSet<>();
        for (Path file : sortedChildren(langDir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(LABELS_SUFFIX)) {
                labelled.add(name.substring(0, name.length() - LABELS_SUFFIX.length()));
                continue;
            }
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1);
            if (!ARTICLE_EXTENSIONS.contains(ext)) {
                problems.add("unexpected file (article extensions are txt, html, json): " + file);
                continue;
            }
            String id = name.substring(0, dot);
            if (!withArticle.add(id)) {
                problems.add("two articles share the id " + id + " in " + langDir);
                continue;
            }
            Path labels = langDir.resolve(id + LABELS_SUFFIX);
            if (!Files.isRegularFile(labels)) {
                problems.add("article without labels (expected " + labels.getFileName() + "): " + file);
                continue;
            }
            List<String> own = new ArrayList<>();
            LabelledArticle article = parse(id, split, language, file, Files.readString(labels), own);
            own.forEach(p -> problems.add(labels + ": " + p));
            if (own.isEmpty()) {
                out.add(article);
            }
        }
        for (String id : labelled) {
            if (!withArticle.contains(id)) {
                problems.add("labels without an article: " + langDir.resolve(id + LABELS_SUFFIX));
            }
        }
    }

    /** Parses one label file; adds to {@code problems} instead of throwing, and returns null if unusable. */
    LabelledArticle parse(String id, String split, String folderLanguage, Path file, String json, List<String> problems) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add("not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add("not a JSON object");
            return null;
        }
        String language = text(root, "language", problems);
        if (language != null && !language.equals(folderLanguage)) {
            problems.add("language \"" + language + "\" but the article is in folder " + folderLanguage);
        }
        JsonNode io = root.get("influenceOperation");
        if (io == null || !io.isBoolean()) {
            problems.add("influenceOperation must be true or false");
        }
        Set<String> detected = signals(root.get("detected"), "detected", true, problems);
        Set<String> mentionedOnly = signals(root.get("mentionedOnly"), "mentionedOnly", false, problems);
        for (String s : detected) {
            if (mentionedOnly.contains(s)) {
                problems.add(s + " is both detected and mentionedOnly");
            }
        }
        String kind = text(root, "kind", problems);
        if (kind != null && !KINDS.contains(kind)) {
            problems.add("kind must be one of " + sorted(KINDS) + ", not \"" + kind + "\"");
        }
        String note = root.path("note").isTextual() ? root.get("note").asText() : "";
        JsonNode attribution = root.get("attribution");
        if (attribution == null || !attribution.isObject()) {
            problems.add("attribution must be an object with level, sources and actors");
            return null;
        }
        String level = text(attribution, "level", problems);
        if (level != null && !LEVELS.contains(level)) {
            problems.add("attribution.level must be one of " + sorted(LEVELS) + ", not \"" + level + "\"");
        }
        SourceCounts sources = sources(attribution.get("sources"), problems);
        if (sources != null && level != null && LEVELS.contains(level)) {
            String expected = SourcingLevel.level(sources);
            if (!expected.equals(level)) {
                problems.add("attribution.level is " + level + " but the source counts " + sources
                        + " give " + expected + " by the thirds rule");
            }
        }
        List<ExpectedActor> actors = actors(attribution.get("actors"), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new LabelledArticle(id, split, language, file, io.asBoolean(), detected, mentionedOnly, level,
                sources, actors, kind, note);
    }

    private static String text(JsonNode node, String field, List<String> problems) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(field + " must be a non-empty string");
            return null;
        }
        return v.asText();
    }

    private static Set<String> signals(JsonNode node, String field, boolean required, List<String> problems) {
        Set<String> out = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(field + " is required (use [] when none)");
            }
            return out;
        }
        if (!node.isArray()) {
            problems.add(field + " must be an array of signal ids");
            return out;
        }
        for (JsonNode v : node) {
            try {
                out.add(Signal.fromId(v.asText()).id());
            } catch (IllegalArgumentException e) {
                problems.add(field + " has an unknown signal id \"" + v.asText() + "\"");
            }
        }
        return out;
    }

    private static SourceCounts sources(JsonNode node, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add("attribution.sources must be an object {named, anonymous, documentary}");
            return null;
        }
        int[] counts = new int[3];
        String[] names = {"named", "anonymous", "documentary"};
        for (int i = 0; i < names.length; i++) {
            JsonNode v = node.get(names[i]);
            if (v == null || !v.isInt() || v.asInt() < 0) {
                problems.add("attribution.sources." + names[i] + " must be a whole number >= 0");
                return null;
            }
            counts[i] = v.asInt();
        }
        return new SourceCounts(counts[0], counts[1], counts[2]);
    }

    private static List<ExpectedActor> actors(JsonNode node, List<String> problems) {
        List<ExpectedActor> out = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problems.add("attribution.actors must be an array (use [] when none)");
            return out;
        }
        for (JsonNode a : node) {
            String name = a.path("name").asText("");
            String confidence = a.path("confidence").asText("");
            if (name.isBlank()) {
                problems.add("an actor has no name");
            }
            if (!CONFIDENCES.contains(confidence)) {
                problems.add("actor " + name + ": confidence must be one of " + sorted(CONFIDENCES));
            }
            out.add(new ExpectedActor(name, confidence));
        }
        return out;
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
