package io.signalcheck.language;

/** Identifies fr, en, de, es; anything else is {@code und}. PLACEHOLDER: always English. */
public final class LanguageDetector {
    public LanguageGuess detect(String text) {
        return new LanguageGuess("en", 0.5);
    }
}
