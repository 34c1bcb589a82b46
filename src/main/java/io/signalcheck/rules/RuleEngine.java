package io.signalcheck.rules;

import io.signalcheck.text.AnalyzedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** All loaded languages' compiled rules plus the packs' content version. Immutable and thread-safe. */
public final class RuleEngine {
    private final Map<String, LanguageRules> languages;
    private final String version;

    RuleEngine(Map<String, LanguageRules> languages, String version) {
        this.languages = new TreeMap<>(languages);
        this.version = version;
    }

    /** The packs bundled in the jar under {@code rules/}. */
    public static RuleEngine bundled() {
        return new RulePackLoader().loadClasspath("rules/");
    }

    /** "1-" + 10 hex chars of SHA-256 over the pack files in sorted path order. */
    public String version() {
        return version;
    }

    /** Languages with an entry in index.json, sorted. */
    public List<String> languages() {
        return List.copyOf(languages.keySet());
    }

    public Optional<LanguageRules> forLanguage(String code) {
        return Optional.ofNullable(code == null ? null : languages.get(code));
    }

    /** Every rule firing in the text; a language without rules gives none. */
    public List<RuleMatch> match(AnalyzedText text) {
        LanguageRules rules = text.language() == null ? null : languages.get(text.language());
        return rules == null ? List.of() : rules.match(text.text(), text.sentences());
    }
}
