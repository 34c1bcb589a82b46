package io.signalcheck.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * True/false positives and false negatives of one binary decision, with precision, recall and F1.
 * Empty denominators follow "nothing wrong is perfect": precision is 1 when nothing was predicted,
 * recall is 1 when there was nothing to find, so a signal absent from a split and never raised scores
 * F1 = 1, while missing every real case (or only raising false alarms) still scores F1 = 0.
 */
@JsonPropertyOrder({"tp", "fp", "fn", "precision", "recall", "f1"})
public record Confusion(int tp, int fp, int fn) {
    public static final Confusion EMPTY = new Confusion(0, 0, 0);

    public Confusion {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    /** Adds one decision: was it expected, was it predicted. */
    public Confusion add(boolean expected, boolean predicted) {
        return new Confusion(tp + (expected && predicted ? 1 : 0), fp + (!expected && predicted ? 1 : 0),
                fn + (expected && !predicted ? 1 : 0));
    }

    public Confusion plus(Confusion other) {
        return new Confusion(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    @JsonProperty
    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    @JsonProperty
    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
