package io.signalcheck.store;

/** The S3 object a score belongs to, as the event (and a HEAD) describes it. versionId may be null. */
public record ObjectMeta(String bucket, String key, String etag, long size, String versionId, String sequencer) {}
