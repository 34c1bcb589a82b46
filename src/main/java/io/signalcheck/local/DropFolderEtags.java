package io.signalcheck.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * S3Proxy lists a file copied straight into the bucket folder without an ETag. S3 would give the MD5 of the
 * content, so we compute it from the file, once per (size, modification time), so that the event carries an
 * ETag and an overwrite of the same size within the same second is still seen as a change.
 */
final class DropFolderEtags {
    private record Seen(long size, long modifiedNanos, String md5) {}

    private final Path bucketFolder;
    private final Map<String, Seen> cache = new ConcurrentHashMap<>();

    DropFolderEtags(Path bucketFolder) {
        this.bucketFolder = bucketFolder;
    }

    /**
     * True while the object's file was modified within the quiet period: a copy may still be writing it, so it is
     * not notified yet (the next poll looks again), rather than scored half-written and then again.
     */
    boolean settling(String key, java.time.Duration quiet) {
        Path file = bucketFolder.resolve(key).normalize();
        try {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis();
            return file.startsWith(bucketFolder) && age >= 0 && age < quiet.toMillis();
        } catch (IOException gone) {
            return false;
        }
    }

    /** The MD5 hex of the object's file, or null when there is no such file here. */
    String etagOf(String key) {
        Path file = bucketFolder.resolve(key).normalize();
        if (!file.startsWith(bucketFolder) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS);
            Seen seen = cache.get(key);
            if (seen == null || seen.size() != size || seen.modifiedNanos() != modified) {
                seen = new Seen(size, modified, md5(file));
                cache.put(key, seen);
            }
            return seen.md5();
        } catch (IOException gone) {
            return null; // removed or being replaced; the next listing sees the outcome
        }
    }

    private static String md5(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }
}
