package io.signalcheck.eval;

/** An actor a label says the article blames, by canonical English name, with the confidence of the text's wording. */
public record ExpectedActor(String name, String confidence) {}
