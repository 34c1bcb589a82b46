package io.signalcheck.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns two listings of a bucket (key to state) into the changes S3 would have notified. */
public final class BucketDiff {
    private BucketDiff() {}

    /**
     * Removals first (key order), then creations and overwrites oldest first, so that an older upload gets the
     * smaller sequencer. An object whose ETag, size and mtime are all unchanged is not a change.
     */
    public static List<ObjectChange> changes(Map<String, ObjectState> before, Map<String, ObjectState> after) {
        List<ObjectChange> removed = new ArrayList<>();
        for (String key : before.keySet()) {
            if (!after.containsKey(key)) {
                removed.add(ObjectChange.removed(key));
            }
        }
        removed.sort(Comparator.comparing(ObjectChange::key));
        List<ObjectChange> created = new ArrayList<>();
        after.forEach((key, state) -> {
            if (!state.equals(before.get(key))) {
                created.add(ObjectChange.created(key, state));
            }
        });
        created.sort(Comparator.comparingLong((ObjectChange c) -> c.state().lastModifiedMillis())
                .thenComparing(ObjectChange::key));
        List<ObjectChange> all = new ArrayList<>(removed);
        all.addAll(created);
        return all;
    }
}
