package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BucketDiffTest {

    @Test
    void reportsCreatedChangedAndRemovedButNotUnchanged() {
        Map<String, ObjectState> before = Map.of(
                "same.txt", new ObjectState("e1", 10, 1000),
                "changed.txt", new ObjectState("e2", 10, 1000),
                "gone.txt", new ObjectState("e3", 10, 1000));
        Map<String, ObjectState> after = Map.of(
                "same.txt", new ObjectState("e1", 10, 1000),
                "changed.txt", new ObjectState("e2b", 10, 1000),
                "new.txt", new ObjectState("e4", 5, 500));
        List<ObjectChange> changes = BucketDiff.changes(before, after);
        assertEquals(List.of(ObjectChange.removed("gone.txt"),
                ObjectChange.created("new.txt", new ObjectState("e4", 5, 500)),
                ObjectChange.created("changed.txt", new ObjectState("e2b", 10, 1000))), changes);
    }

    @Test
    void olderUploadsComeFirst() {
        List<ObjectChange> changes = BucketDiff.changes(Map.of(), Map.of(
                "b", new ObjectState("x", 1, 3000), "a", new ObjectState("y", 1, 3000), "z", new ObjectState("w", 1, 1000)));
        assertEquals(List.of("z", "a", "b"), changes.stream().map(ObjectChange::key).toList());
    }
}
