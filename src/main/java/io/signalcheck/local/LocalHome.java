package io.signalcheck.local;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build put the local-only servers (S3Proxy's jar, dynalite): {@code target/local} beside the
 * running jar, or the {@code signalcheck.local.home} system property. Never part of the Lambda artifact.
 */
public final class LocalHome {
    public static final String PROPERTY = "signalcheck.local.home";

    private LocalHome() {}

    public static Path locate() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath();
        }
        try {
            Path jar = Path.of(LocalHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar.getParent() : jar.getParent(); // target/classes or target/x.jar
            return dir.resolve("local").toAbsolutePath();
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("target", "local").toAbsolutePath();
        }
    }

    public static Path s3ProxyJar() {
        return require(locate().resolve("s3proxy.jar"), "S3Proxy jar");
    }

    public static Path dynaliteCli() {
        return require(locate().resolve("dynalite/node_modules/dynalite/cli.js"), "dynalite");
    }

    private static Path require(Path p, String what) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(what + " not found at " + p
                    + ": build with 'mvn -DskipTests package' first (it fetches the pinned local servers; dynalite needs Node.js and npm)");
        }
        return p;
    }
}
