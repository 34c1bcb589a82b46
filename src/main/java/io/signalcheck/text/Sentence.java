package io.signalcheck.text;

/** A sentence of the extracted text: [start, end) character offsets and the text itself. */
public record Sentence(int start, int end, String text) {}
