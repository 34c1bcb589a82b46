package io.signalcheck.eval;

import io.signalcheck.signals.Signal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Per-signal confusion counts over a set of articles, in {@link Signal} order, and their macro-F1. */
public final class SignalMetrics {
    private final Map<String, Confusion> bySignal = new LinkedHashMap<>();

    public SignalMetrics() {
        for (Signal s : Signal.values()) {
            bySignal.put(s.id(), Confusion.EMPTY);
        }
    }

    /** Counts one article: the signals its label asserts against the signals the report detected. */
    public void add(Set<String> expected, Set<String> predicted) {
        bySignal.replaceAll((signal, c) -> c.add(expected.contains(signal), predicted.contains(signal)));
    }

    public Map<String, Confusion> bySignal() {
        return Map.copyOf(bySignal);
    }

    public Confusion of(String signal) {
        return bySignal.get(signal);
    }

    /** Unweighted mean of the five signals' F1. */
    public double macroF1() {
        return bySignal.values().stream().mapToDouble(Confusion::f1).average().orElse(0.0);
    }

    /** The map in signal order (the copy from {@link #bySignal()} does not keep order). */
    public Map<String, Confusion> ordered() {
        return new LinkedHashMap<>(bySignal);
    }
}
