package io.signalcheck.language;

/** ISO 639-1 code (fr|en|de|es) or {@code und}, with a confidence in 0..1. */
public record LanguageGuess(String language, double confidence) {
    public static final String UNDETERMINED = "und";

    public boolean supported() {
        return !UNDETERMINED.equals(language);
    }
}
