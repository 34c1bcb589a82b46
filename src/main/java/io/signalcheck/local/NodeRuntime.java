package io.signalcheck.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds Node.js for dynalite, or says clearly how to get it. */
final class NodeRuntime {
    private NodeRuntime() {}

    static String nodeExecutable() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path node = Path.of(dir, "node");
                if (Files.isExecutable(node)) {
                    return node.toString();
                }
            }
        }
        throw new IllegalStateException("Node.js ('node') is not on PATH; it runs the local DynamoDB-compatible "
                + "server (dynalite). Install it (Debian: apt-get install -y nodejs npm) or point "
                + "AWS_ENDPOINT_URL_DYNAMODB at another DynamoDB-compatible endpoint.");
    }
}
