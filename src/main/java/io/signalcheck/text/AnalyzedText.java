package io.signalcheck.text;

import java.util.List;

/** Extracted text with its language and sentences: what signal rules and attribution work on. */
public record AnalyzedText(String text, String language, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }
}
