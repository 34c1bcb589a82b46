package io.signalcheck.rules;

import java.util.Set;

/** How one language's text is tokenised and normalised, from {@code rules/index.json}. */
public record LanguageSettings(String code, String stemmer, Set<String> elisions, boolean possessive) {
    public LanguageSettings {
        elisions = Set.copyOf(elisions);
    }
}
