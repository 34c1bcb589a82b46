package io.signalcheck.eval;

import java.util.List;

/** The corpus cannot be evaluated as it stands; carries every problem found, one per line, so all can be fixed at once. */
public final class CorpusException extends Exception {
    private final List<String> problems;

    public CorpusException(List<String> problems) {
        super(problems.size() + " problem(s) in the corpus:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
