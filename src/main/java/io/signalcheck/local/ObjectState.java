package io.signalcheck.local;

/** What the notifier remembers of an object to tell a change: ETag (unquoted, may be null), size, mtime. */
public record ObjectState(String etag, long size, long lastModifiedMillis) {}
