package io.signalcheck.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalcheck.signals.Signal;
import io.signalcheck.text.TermNormalizer;
import io.signalcheck.text.Tokenizer;
import io.signalcheck.text.WordStemmer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads rule packs (docs/RULES.md): {@code index.json} lists the languages; each language may have
 * {@code <lang>/signals.json} and {@code <lang>/cues.json}. A listed language whose files are absent simply
 * has no rules. Anything malformed fails loudly with the file and rule id in the message, because a silently
 * skipped rule is a silent false negative.
 */
public final class RulePackLoader {
    static final String INDEX = "index.json";
    static final String SIGNALS = "signals.json";
    static final String CUES = "cues.json";
    private static final int DEFAULT_WITHIN = 8;
    private static final double DEFAULT_WEIGHT = 0.7;
    private static final Pattern DISARM_ID = Pattern.compile("T\\d{4}(\\.\\d{3})?");
    private static final Pattern RULE_ID = Pattern.compile("[a-z]{2,3}(\\.[a-z0-9_]+)+");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
    private static final Set<String> RULE_FIELDS = Set.of("id", "signal", "disarm", "weight", "patterns",
            "requireContext", "requireWithin", "excludeContext", "excludeWithin", "positive", "negative", "note");
    private static final Set<String> PATTERN_FIELDS = Set.of("all", "within", "ordered");

    private final ObjectMapper json = new ObjectMapper();

    /** Where pack files come from: the classpath (the jar) or a directory (a linguist's working copy). */
    interface Source {
        /** The file's bytes, or null when it does not exist. */
        byte[] read(String relativePath);

        String describe(String relativePath);
    }

    public RuleEngine loadClasspath(String root) {
        String base = root.endsWith("/") ? root : root + "/";
        ClassLoader cl = RulePackLoader.class.getClassLoader();
        return load(new Source() {
            @Override
            public byte[] read(String relativePath) {
                try (InputStream in = cl.getResourceAsStream(base + relativePath)) {
                    return in == null ? null : in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String relativePath) {
                return "classpath:" + base + relativePath;
            }
        });
    }

    public RuleEngine loadDirectory(Path dir) {
        return load(new Source() {
            @Override
            public byte[] read(String relativePath) {
                Path p = dir.resolve(relativePath);
                try {
                    return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String relativePath) {
                return dir.resolve(relativePath).toString();
            }
        });
    }

    RuleEngine load(Source source) {
        byte[] indexBytes = source.read(INDEX);
        if (indexBytes == null) {
            throw new RulePackException("rule pack index missing: " + source.describe(INDEX));
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put(INDEX, indexBytes);
        JsonNode index = parse(indexBytes, source.describe(INDEX));
        checkFields(index, Set.of("format", "languages"), source.describe(INDEX));
        if (index.path("format").asInt(0) != 1) {
            throw new RulePackException(source.describe(INDEX) + ": \"format\" must be 1");
        }
        JsonNode langs = index.path("languages");
        if (!langs.isObject()) {
            throw new RulePackException(source.describe(INDEX) + ": \"languages\" must be an object");
        }
        Map<String, LanguageRules> out = new TreeMap<>();
        for (Iterator<String> it = langs.fieldNames(); it.hasNext(); ) {
            String code = it.next();
            String where = source.describe(INDEX) + " languages." + code;
            if (!LANG.matcher(code).matches()) {
                throw new RulePackException(where + ": language code must be 2-3 lower-case letters");
            }
            LanguageSettings settings = settings(code, langs.get(code), where);
            byte[] signals = source.read(code + "/" + SIGNALS);
            byte[] cues = source.read(code + "/" + CUES);
            if (signals != null) {
                files.put(code + "/" + SIGNALS, signals);
            }
            if (cues != null) {
                files.put(code + "/" + CUES, cues);
            }
            out.put(code, compile(settings, signals, cues, source));
        }
        return new RuleEngine(out, version(files));
    }

    private LanguageSettings settings(String code, JsonNode node, String where) {
        if (!node.isObject()) {
            throw new RulePackException(where + ": must be an object");
        }
        checkFields(node, Set.of("stemmer", "elisions", "possessive"), where);
        String stemmer = node.path("stemmer").asText("none");
        try {
            WordStemmer.forName(stemmer);
        } catch (IllegalArgumentException e) {
            throw new RulePackException(where + ": " + e.getMessage());
        }
        Set<String> elisions = new HashSet<>();
        for (String e : strings(node.get("elisions"), where + ".elisions", false)) {
            elisions.add(TermNormalizer.fold(e.toLowerCase(java.util.Locale.ROOT)));
        }
        return new LanguageSettings(code, stemmer, elisions, node.path("possessive").asBoolean(false));
    }

    private LanguageRules compile(LanguageSettings settings, byte[] signalsBytes, byte[] cuesBytes, Source source) {
        String code = settings.code();
        Tokenizer tokenizer = new Tokenizer(new TermNormalizer(WordStemmer.forName(settings.stemmer())),
                settings.elisions(), settings.possessive());
        Lexicon lexicon = new Lexicon(tokenizer);
        CueSet cues = CueSet.empty();
        if (cuesBytes != null) {
            String where = source.describe(code + "/" + CUES);
            cues = cues(parse(cuesBytes, where), code, lexicon, where);
        }
        List<Rule> rules = new ArrayList<>();
        if (signalsBytes != null) {
            String where = source.describe(code + "/" + SIGNALS);
            rules = rules(parse(signalsBytes, where), code, lexicon, where);
        }
        return new LanguageRules(settings, tokenizer, lexicon, rules, cues);
    }

    private CueSet cues(JsonNode root, String code, Lexicon lexicon, String where) {
        checkFields(root, Set.of("language", "negation", "denial", "hypothetical", "pseudo", "breakers"), where);
        checkLanguage(root, code, where);
        return new CueSet(category(root.get("negation"), lexicon, where + " negation", 6),
                category(root.get("denial"), lexicon, where + " denial", 12),
                category(root.get("hypothetical"), lexicon, where + " hypothetical", 8),
                terms(root.get("pseudo"), Map.of(), lexicon, where + " pseudo", false),
                terms(root.get("breakers"), Map.of(), lexicon, where + " breakers", false));
    }

    private CueSet.Category category(JsonNode node, Lexicon lexicon, String where, int defaultWindow) {
        if (node == null || node.isNull()) {
            return CueSet.Category.empty();
        }
        checkFields(node, Set.of("pre", "post", "window"), where);
        int window = intField(node, "window", defaultWindow, 1, 50, where);
        int[][] pre = triggers(node.get("pre"), window, lexicon, where + ".pre");
        int[][] post = triggers(node.get("post"), window, lexicon, where + ".post");
        return new CueSet.Category(pre[0], pre[1], post[0], post[1]);
    }

    /** Trigger list: each entry a term, or {"term": ..., "window": N} overriding the category window. */
    private int[][] triggers(JsonNode node, int window, Lexicon lexicon, String where) {
        if (node == null || node.isNull()) {
            return new int[][] {new int[0], new int[0]};
        }
        if (!node.isArray()) {
            throw new RulePackException(where + ": must be an array");
        }
        Map<Integer, Integer> windows = new LinkedHashMap<>();
        for (JsonNode e : node) {
            String term;
            int w = window;
            if (e.isTextual() && !e.asText().isBlank()) {
                term = e.asText();
            } else if (e.isObject()) {
                checkFields(e, Set.of("term", "window"), where);
                term = e.path("term").asText("");
                w = intField(e, "window", window, 1, 50, where + " " + term);
                if (term.isBlank()) {
                    throw new RulePackException(where + ": trigger object needs a \"term\"");
                }
            } else {
                throw new RulePackException(where + ": entries are terms or {\"term\", \"window\"} objects");
            }
            try {
                windows.merge(lexicon.add(term), w, Math::max);
            } catch (IllegalArgumentException ex) {
                throw new RulePackException(where + ": " + ex.getMessage());
            }
        }
        int[] ids = windows.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] ws = windows.values().stream().mapToInt(Integer::intValue).toArray();
        return new int[][] {ids, ws};
    }

    private List<Rule> rules(JsonNode root, String code, Lexicon lexicon, String where) {
        checkFields(root, Set.of("language", "lists", "rules"), where);
        checkLanguage(root, code, where);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        JsonNode listsNode = root.get("lists");
        if (listsNode != null) {
            if (!listsNode.isObject()) {
                throw new RulePackException(where + ": \"lists\" must be an object of term arrays");
            }
            for (Iterator<String> it = listsNode.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                lists.put(name, strings(listsNode.get(name), where + " lists." + name, true));
            }
        }
        JsonNode rulesNode = root.get("rules");
        if (rulesNode == null || !rulesNode.isArray()) {
            throw new RulePackException(where + ": \"rules\" must be an array");
        }
        List<Rule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode r : rulesNode) {
            Rule rule = rule(r, out.size(), code, lists, lexicon, where);
            if (!ids.add(rule.id())) {
                throw new RulePackException(where + ": duplicate rule id " + rule.id());
            }
            out.add(rule);
        }
        return out;
    }

    private Rule rule(JsonNode r, int index, String code, Map<String, List<String>> lists, Lexicon lexicon,
            String file) {
        String id = r.path("id").asText("");
        String where = file + " rule " + (id.isEmpty() ? "#" + (index + 1) : id);
        if (!r.isObject()) {
            throw new RulePackException(where + ": must be an object");
        }
        checkFields(r, RULE_FIELDS, where);
        if (!RULE_ID.matcher(id).matches() || !id.startsWith(code + ".")) {
            throw new RulePackException(where + ": \"id\" must look like " + code + ".<signal>.<name> (lower case)");
        }
        Signal signal;
        try {
            signal = Signal.fromId(r.path("signal").asText(""));
        } catch (IllegalArgumentException e) {
            throw new RulePackException(where + ": " + e.getMessage());
        }
        List<String> disarm = strings(r.get("disarm"), where + " disarm", true);
        for (String t : disarm) {
            if (!DISARM_ID.matcher(t).matches()) {
                throw new RulePackException(where + ": bad DISARM technique id '" + t + "'");
            }
        }
        double weight = r.has("weight") ? r.get("weight").asDouble(-1) : DEFAULT_WEIGHT;
        if (!(weight > 0.0 && weight <= 1.0)) {
            throw new RulePackException(where + ": \"weight\" must be in (0, 1]");
        }
        JsonNode patternsNode = r.get("patterns");
        if (patternsNode == null || !patternsNode.isArray() || patternsNode.isEmpty()) {
            throw new RulePackException(where + ": \"patterns\" must be a non-empty array");
        }
        List<ProximityPattern> patterns = new ArrayList<>();
        for (JsonNode p : patternsNode) {
            patterns.add(pattern(p, lists, lexicon, where + " pattern #" + (patterns.size() + 1)));
        }
        int[] require = terms(r.get("requireContext"), lists, lexicon, where + " requireContext", false);
        int[] exclude = terms(r.get("excludeContext"), lists, lexicon, where + " excludeContext", false);
        int requireWithin = intField(r, "requireWithin", 1, 0, 10, where);
        int excludeWithin = intField(r, "excludeWithin", 0, 0, 10, where);
        List<String> positive = strings(r.get("positive"), where + " positive", true);
        List<String> negative = strings(r.get("negative"), where + " negative", false);
        return new Rule(index, id, signal, disarm, weight, patterns, require, requireWithin, exclude, excludeWithin,
                positive, negative);
    }

    private ProximityPattern pattern(JsonNode p, Map<String, List<String>> lists, Lexicon lexicon, String where) {
        if (p.isTextual()) {
            return new ProximityPattern(new int[][] {group(p, lists, lexicon, where)}, DEFAULT_WITHIN, false);
        }
        if (!p.isObject()) {
            throw new RulePackException(where + ": a pattern is a term string or {\"all\": [...], \"within\": N}");
        }
        checkFields(p, PATTERN_FIELDS, where);
        JsonNode all = p.get("all");
        if (all == null || !all.isArray() || all.isEmpty()) {
            throw new RulePackException(where + ": \"all\" must be a non-empty array of groups");
        }
        int[][] groups = new int[all.size()][];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = group(all.get(g), lists, lexicon, where + " group #" + (g + 1));
        }
        int within = intField(p, "within", DEFAULT_WITHIN, 1, 40, where);
        return new ProximityPattern(groups, within, p.path("ordered").asBoolean(false));
    }

    /** A group is one term string, an "@list" reference, or an array of those. */
    private int[] group(JsonNode g, Map<String, List<String>> lists, Lexicon lexicon, String where) {
        if (g.isTextual()) {
            return terms(json.createArrayNode().add(g.asText()), lists, lexicon, where, true);
        }
        return terms(g, lists, lexicon, where, true);
    }

    private int[] terms(JsonNode node, Map<String, List<String>> lists, Lexicon lexicon, String where,
            boolean required) {
        List<String> raw = strings(node, where, required);
        List<String> expanded = new ArrayList<>();
        for (String t : raw) {
            if (t.startsWith("@")) {
                List<String> list = lists.get(t.substring(1));
                if (list == null) {
                    throw new RulePackException(where + ": unknown list " + t);
                }
                expanded.addAll(list);
            } else {
                expanded.add(t);
            }
        }
        int[] ids = new int[expanded.size()];
        for (int i = 0; i < ids.length; i++) {
            try {
                ids[i] = lexicon.add(expanded.get(i));
            } catch (IllegalArgumentException e) {
                throw new RulePackException(where + ": " + e.getMessage());
            }
        }
        return java.util.Arrays.stream(ids).distinct().toArray();
    }

    private static List<String> strings(JsonNode node, String where, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                throw new RulePackException(where + ": required non-empty array of strings is missing");
            }
            return List.of();
        }
        if (!node.isArray()) {
            throw new RulePackException(where + ": must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : node) {
            if (!s.isTextual() || s.asText().isBlank()) {
                throw new RulePackException(where + ": must contain only non-empty strings");
            }
            out.add(s.asText());
        }
        if (required && out.isEmpty()) {
            throw new RulePackException(where + ": must not be empty");
        }
        return out;
    }

    private static int intField(JsonNode node, String field, int dflt, int min, int max, String where) {
        JsonNode v = node.get(field);
        if (v == null) {
            return dflt;
        }
        if (!v.isInt() || v.asInt() < min || v.asInt() > max) {
            throw new RulePackException(where + ": \"" + field + "\" must be an integer in " + min + ".." + max);
        }
        return v.asInt();
    }

    private static void checkLanguage(JsonNode root, String code, String where) {
        if (root.has("language") && !root.get("language").asText().equals(code)) {
            throw new RulePackException(where + ": \"language\" is " + root.get("language") + " but the file is under "
                    + code + "/");
        }
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new RulePackException(where + ": must be a JSON object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new RulePackException(where + ": unknown field \"" + f + "\" (allowed: "
                        + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    private JsonNode parse(byte[] bytes, String where) {
        try {
            return json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new RulePackException(where + ": invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Content hash over every pack file in sorted path order (path and bytes both count). */
    private static String version(TreeMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.getValue());
                sha.update((byte) 0);
            }
            return "1-" + HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

}
