package io.signalcheck.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** dynalite (DynamoDB-compatible, Node.js) as a child process; persistent when given a data directory. */
public final class DynaliteServer extends ManagedProcess {

    private DynaliteServer(List<String> command, Path log, int port) throws IOException {
        super("dynalite", command, log, port, Duration.ofSeconds(30));
    }

    /** Starts dynalite on 127.0.0.1:port, storing under dataDir (null keeps it in memory). */
    public static DynaliteServer start(int port, Path dataDir, Path logFile) throws IOException {
        String node = NodeRuntime.nodeExecutable();
        List<String> cmd = new ArrayList<>(List.of(node, LocalHome.dynaliteCli().toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            cmd.add("--path");
            cmd.add(dataDir.toAbsolutePath().toString());
        }
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        return new DynaliteServer(cmd, logFile, port);
    }
}
