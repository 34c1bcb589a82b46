package io.signalcheck.local;

/** One difference between two listings of the bucket; {@code state} is null for a removal. */
public record ObjectChange(Kind kind, String key, ObjectState state) {
    public enum Kind { CREATED, REMOVED }

    public static ObjectChange created(String key, ObjectState state) {
        return new ObjectChange(Kind.CREATED, key, state);
    }

    public static ObjectChange removed(String key) {
        return new ObjectChange(Kind.REMOVED, key, null);
    }
}
