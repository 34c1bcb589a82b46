package io.signalcheck.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The layout of `local`'s data directory: {@code s3/<bucket>/} (S3Proxy's filesystem backend, also the drop
 * folder), {@code dynamodb/} (dynalite), {@code logs/}, {@code state/} (notifier state, API token key),
 * {@code failed/} (events the notifier gave up on). A marker
 * file says the directory is ours, so {@code --reset} never wipes a folder `local` did not create.
 */
public final class LocalDataDir {
    static final String MARKER = ".signalcheck-local";
    private final Path root;

    public LocalDataDir(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() { return root; }
    public Path s3() { return root.resolve("s3"); }
    public Path bucketFolder(String bucket) { return s3().resolve(bucket); }
    public Path dynamodb() { return root.resolve("dynamodb"); }
    public Path logs() { return root.resolve("logs"); }
    public Path notifierState(String bucket) { return root.resolve("state").resolve("notifier-" + bucket + ".json"); }
    /** Events the notifier gave up on (the local on-failure destination), one JSON file each. */
    public Path failed() { return root.resolve("failed"); }
    public Path pageTokenKeyFile() { return root.resolve("state").resolve("page-token.key"); }

    /** Creates the directory (wiping it first on reset) and marks it as ours. */
    public void prepare(boolean reset) throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IllegalArgumentException("--data-dir " + root + " is a file, not a directory");
        }
        if (reset && Files.isDirectory(root)) {
            if (!Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
                throw new IllegalArgumentException("refusing to --reset " + root
                        + ": it was not created by 'signalcheck local' (no " + MARKER + " file)");
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(root);
        Path marker = root.resolve(MARKER);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "data of 'signalcheck local'; --reset may wipe this directory\n");
        }
        Files.createDirectories(logs());
        Files.createDirectories(root.resolve("state"));
    }

    /** The key that signs the API's page tokens, kept so tokens stay valid across restarts. */
    public byte[] pageTokenKey() throws IOException {
        Path f = pageTokenKeyFile();
        if (Files.isRegularFile(f) && Files.size(f) == 32) {
            return Files.readAllBytes(f);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.write(f, key);
        return key;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
