package io.signalcheck.attribution;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@link Matcher} per pattern, reset onto each new sentence instead of created anew: a new matcher allocates
 * and clears its group and loop state, which cost as much as the matching itself on short sentences. A reset
 * matcher over the whole input behaves as a new one (its region is the whole input again, so the bounds
 * settings left by {@link StartFilter} change nothing). One cache per text: not thread-safe.
 */
final class MatcherCache {
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    Matcher on(Pattern pattern, String text) {
        Matcher m = matchers.get(pattern);
        if (m == null) {
            m = pattern.matcher(text);
            matchers.put(pattern, m);
            return m;
        }
        return m.reset(text);
    }
}
