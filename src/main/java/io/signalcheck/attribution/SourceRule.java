package io.signalcheck.attribution;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A compiled sourcing rule. The pattern may hold a {@code name} group (who speaks, from {NAME}) and a {@code key}
 * group (the words that identify an unnamed source or a document). A {@code backup} rule only counts in a sentence
 * where no other rule of its kind fired ("on condition of anonymity" beside "a senior official" adds nothing).
 * {@code branches} is null unless the pattern has several top-level branches; {@code window} is null unless
 * the pattern bounds its starts by the words it requires ({@link StartWindow}).
 */
record SourceRule(String id, SourceKind kind, Pattern pattern, boolean backup, List<String> positive,
                  List<String> negative,
                  LiteralGate gate, StartFilter starts, BranchFilter branches, StartWindow window) {}
