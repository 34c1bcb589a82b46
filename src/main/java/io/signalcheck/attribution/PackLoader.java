package io.signalcheck.attribution;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the attribution packs from the classpath ({@code attribution/common.json} and one
 * {@code attribution/<lang>.json} per language listed there) and compiles them. A broken pack fails loudly,
 * naming the file and rule, because silently skipping a rule would change scores unnoticed.
 */
final class PackLoader {
    static final String DIR = "/attribution/";
    /** Case-insensitive, Unicode-aware \w, \b and case folding: packs are written in lower case. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** {MACRO} in upper case; \\p{L} and friends are regex, not macros. */
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z_]*)\\}");
    private static final Set<String> KINDS = Set.of("named", "anonymous", "documentary");

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Every pack named in common.json, keyed by language code, in the listed order. */
    Map<String, AttributionPack> loadAll() {
        PackFile common = read("common.json");
        if (common.languages() == null || common.languages().isEmpty()) {
            throw new IllegalStateException(DIR + "common.json: 'languages' must list at least one pack");
        }
        Map<String, AttributionPack> packs = new LinkedHashMap<>();
        for (String lang : common.languages()) {
            packs.put(lang, compile(read(lang + ".json"), common));
        }
        return packs;
    }

    private PackFile read(String file) {
        try (InputStream in = PackLoader.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("attribution pack missing from the classpath: " + DIR + file);
            }
            return json.readValue(in, PackFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attribution pack " + DIR + file + ": " + e.getMessage(), e);
        }
    }

    AttributionPack compile(PackFile f, PackFile common) {
        String where = DIR + f.language() + ".json";
        Map<String, String> macros = expandMacros(orEmpty(f.macros()), where);
        Set<String> ids = new HashSet<>();
        List<SourceRule> sources = new ArrayList<>();
        for (PackFile.SourceSpec s : orEmpty(f.sources())) {
            require(s.id() != null && ids.add(s.id()), where + ": missing or duplicate rule id " + s.id());
            require(KINDS.contains(s.kind()), where + ": rule " + s.id() + " has kind " + s.kind());
            Pattern p = compilePattern(s.pattern(), macros, where + " rule " + s.id());
            BranchFilter branches = BranchFilter.of(p, true);
            sources.add(new SourceRule(s.id(), SourceKind.parse(s.kind()), p, Boolean.TRUE.equals(s.backup()),
                    List.copyOf(orEmpty(s.positive())), List.copyOf(orEmpty(s.negative())), LiteralGate.of(p.pattern()),
                    StartFilter.withAutomaton(p.pattern()), branches, StartWindow.of(p.pattern(), FLAGS)));
        }
        Pattern clauseBreak = compilePattern(f.clauseBreak() == null ? ";" : f.clauseBreak(), macros,
                where + " clauseBreak");
        PackFile.Adjacency adj = f.adjacency() == null ? new PackFile.Adjacency(2, 0, List.of()) : f.adjacency();
        List<String> blockers = orEmpty(adj.blockers());
        // a pattern that never matches when the pack lists no blockers
        Pattern blockerPattern = compilePattern(blockers.isEmpty() ? "(?!)" : "\\b(?:" + String.join("|", blockers) + ")\\b",
                macros, where + " adjacency.blockers");
        List<Cue> operations = cues(f.operations(), false, macros, ids, where);
        List<ActorPattern> actors = actors(common, f, where);
        List<Cue> blame = cues(f.blame(), false, macros, ids, where);
        List<Cue> confidence = cues(f.confidence(), true, macros, ids, where);
        List<Cue> negation = cues(f.negation(), false, macros, ids, where);
        BranchFilter clauseBranches = BranchFilter.of(clauseBreak);
        // every gate of this pack, and every word a gate or window may ask about, for the one-pass scan per sentence
        List<LiteralGate> gates = new ArrayList<>();
        List<StartWindow> windows = new ArrayList<>();
        for (SourceRule r : sources) {
            gates.add(r.gate());
            if (r.branches() != null) {
                gates.addAll(r.branches().gates());
            }
            windows.add(r.window());
        }
        for (ActorPattern a : actors) {
            gates.add(a.gate());
            windows.add(a.window());
        }
        for (List<Cue> cs : List.of(operations, blame, confidence, negation)) {
            for (Cue c : cs) {
                gates.add(c.gate());
                windows.add(c.window());
            }
        }
        if (clauseBranches != null) {
            gates.addAll(clauseBranches.gates());
        }
        SentenceGate sourcesGate = SentenceGate.of(sources.stream().map(SourceRule::gate).toList());
        SentenceGate operationsGate = SentenceGate.of(operations.stream().map(Cue::gate).toList());
        List<String> words = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (LiteralGate g : gates) {
            rows.addAll(g.rows());
        }
        rows.addAll(sourcesGate.rows());
        rows.addAll(operationsGate.rows());
        for (StartWindow w : windows) {
            if (w != null) {
                words.addAll(w.words());
            }
        }
        List<String[]> listedRows = new ArrayList<>();
        for (StartWindow w : windows) {
            if (w != null) {
                listedRows.addAll(w.rows());
            }
        }
        NeedleScanner scanner = NeedleScanner.of(words, rows, listedRows);
        gates.forEach(g -> g.bind(scanner));
        for (StartWindow w : windows) {
            if (w != null) {
                w.bind(scanner);
            }
        }
        sourcesGate.bind(scanner);
        operationsGate.bind(scanner);
        return new AttributionPack(f.language(), List.copyOf(sources), keySet(f.notNames()),
                keySet(f.keyStopwords()), actors, operations, blame, confidence, negation,
                clauseBreak, StartFilter.of(clauseBreak.pattern()), clauseBranches, adj.before(), adj.after(),
                blockerPattern, List.copyOf(orEmpty(f.actorExamples())), sourcesGate, operationsGate,
                operations.stream().anyMatch(c -> c.gate().isOpen()), scanner);
    }

    /** Common aliases first, then the language's, merged under one canonical name in first-seen order. */
    private List<ActorPattern> actors(PackFile common, PackFile lang, String where) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (PackFile f : List.of(common, lang)) {
            for (PackFile.ActorSpec a : orEmpty(f.actors())) {
                require(a.name() != null && a.aliases() != null && !a.aliases().isEmpty(),
                        where + ": actor without name or aliases");
                aliases.computeIfAbsent(a.name(), k -> new ArrayList<>()).addAll(a.aliases());
            }
        }
        List<ActorPattern> out = new ArrayList<>();
        aliases.forEach((name, list) -> {
            // Not inside a longer word, and not a "pro-"/"anti-" prefixed form (pro-Russian accounts are not Russia).
            String regex = "(?<![\\w-])(?:" + String.join("|", list) + ")(?!\\w)";
            Pattern p = compilePattern(regex, Map.of(), where + " actor " + name);
            out.add(new ActorPattern(name, p, LiteralGate.of(p.pattern()), StartFilter.of(p.pattern()),
                    StartWindow.of(p.pattern(), FLAGS)));
        });
        return List.copyOf(out);
    }

    private List<Cue> cues(List<PackFile.CueSpec> specs, boolean tiered, Map<String, String> macros, Set<String> ids,
                           String where) {
        List<Cue> out = new ArrayList<>();
        for (PackFile.CueSpec c : orEmpty(specs)) {
            require(c.id() != null && ids.add(c.id()), where + ": missing or duplicate cue id " + c.id());
            require(tiered == (c.tier() != null), where + ": cue " + c.id()
                    + (tiered ? " needs a tier (high|moderate|low)" : " must not have a tier"));
            Pattern p = compilePattern(c.pattern(), macros, where + " cue " + c.id());
            out.add(new Cue(c.id(), tiered ? ConfidenceTier.parse(c.tier()) : null, p, LiteralGate.of(p.pattern()),
                    StartFilter.of(p.pattern()), StartWindow.of(p.pattern(), FLAGS)));
        }
        return List.copyOf(out);
    }

    /** Expands macros inside macros, except {NAME}, which stays for the top level (bounded: a cycle is reported). */
    private static Map<String, String> expandMacros(Map<String, String> raw, String where) {
        Map<String, String> done = new LinkedHashMap<>(raw);
        for (int round = 0; round < 5; round++) {
            boolean changed = false;
            for (Map.Entry<String, String> e : done.entrySet()) {
                String expanded = substitute(e.getValue(), done, false, where + " macro " + e.getKey());
                if (!expanded.equals(e.getValue())) {
                    e.setValue(expanded);
                    changed = true;
                }
            }
            if (!changed) {
                return done;
            }
        }
        throw new IllegalStateException(where + ": macros refer to each other in a cycle");
    }

    /**
     * Replaces each {MACRO} by its body as a non-capturing group. At the top level {NAME} becomes the named group
     * "name" (then "name2", "name3" for alternatives), matched case-sensitively so that it only takes capitalised
     * words; inside macros it is left for later.
     */
    private static String substitute(String pattern, Map<String, String> macros, boolean top, String where) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder b = new StringBuilder();
        int names = 0;
        while (m.find()) {
            String name = m.group(1);
            String body = macros.get(name);
            require(body != null, where + ": unknown macro {" + name + "}");
            String replacement;
            if (name.equals("NAME")) {
                names++;
                replacement = top ? "(?<" + SourceFinder.nameGroup(names) + ">(?-i:" + body + "))" : m.group();
            } else {
                replacement = "(?:" + body + ")";
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static Pattern compilePattern(String pattern, Map<String, String> macros, String where) {
        require(pattern != null && !pattern.isBlank(), where + ": empty pattern");
        String expanded = substitute(pattern, macros, true, where);
        try {
            return Pattern.compile(expanded, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": bad pattern: " + e.getDescription() + " in " + expanded, e);
        }
    }

    private static Set<String> keySet(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : orEmpty(words)) {
            out.add(TextFolding.forKey(w));
        }
        return Set.copyOf(out);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
