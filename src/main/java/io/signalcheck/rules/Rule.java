package io.signalcheck.rules;

import io.signalcheck.signals.Signal;
import java.util.List;

/**
 * One compiled rule of a pack. It fires when any of its patterns matches inside one sentence, its
 * {@code requireContext} (if any) appears within {@code requireWithin} sentences, and none of its
 * {@code excludeContext} terms appears within {@code excludeWithin} sentences.
 *
 * @param index    position in the language's rule list (stable order, used for ties)
 * @param weight   strength in (0, 1]: how much one asserted hit says about the signal
 * @param positive example sentences that must fire this rule (asserted)
 * @param negative example sentences that must not fire it asserted
 */
public record Rule(
        int index,
        String id,
        Signal signal,
        List<String> disarm,
        double weight,
        List<ProximityPattern> patterns,
        int[] requireContext,
        int requireWithin,
        int[] excludeContext,
        int excludeWithin,
        List<String> positive,
        List<String> negative) {

    public Rule {
        disarm = List.copyOf(disarm);
        patterns = List.copyOf(patterns);
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
    }
}
