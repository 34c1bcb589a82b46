package io.signalcheck.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the line-based word lists under resources: UTF-8, stripped, blank lines and {@code #} comments skipped. */
public final class ResourceLines {
    private ResourceLines() {}

    /** The lines of classpath resource {@code path}; a missing list is a packaging error, so it fails loudly. */
    public static List<String> read(String path) {
        InputStream in = ResourceLines.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return read(in);
    }

    /** The lines of an open stream (closed afterwards). */
    public static List<String> read(InputStream in) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
