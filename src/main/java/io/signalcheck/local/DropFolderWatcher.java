package io.signalcheck.local;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.stream.Stream;

/**
 * Watches the bucket's folder (and its sub-folders) for files copied straight in, and wakes the notifier so
 * it lists the bucket at once instead of at the next poll. The listing stays the truth; this only hurries it.
 */
final class DropFolderWatcher implements AutoCloseable {
    private final WatchService watch;
    private final Runnable wake;
    private final Thread thread;

    DropFolderWatcher(Path folder, Runnable wake) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.wake = wake;
        registerTree(folder);
        this.thread = new Thread(this::run, "signalcheck-drop-folder");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watch.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                        Path created = dir.resolve((Path) event.context());
                        if (Files.isDirectory(created)) {
                            registerQuietly(created);
                        }
                    }
                }
                key.reset();
                wake.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the notifier is stopping
        }
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException | ClosedWatchServiceException gone) {
            // removed again before we got to it, or shutting down; the poll still covers it
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
