package io.signalcheck.text;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A language's abbreviations, read from {@code resources/text/abbreviations-<lang>.txt} (format
 * described in those files). Entries are kept compact (no spaces) so "z. B." also matches "z.B.".
 */
final class AbbreviationList {
    private static final String DIR = "/text/";

    /** What a period after an abbreviation means. */
    enum Kind { NEVER_FINAL, MAY_END }

    private final Map<String, Kind> exact = new HashMap<>();
    private final Map<String, Kind> lowercase = new HashMap<>();
    /** Every word that appears in an entry ("z", "B", "Dr"), lowercased: a cheap first filter. */
    private final Set<String> parts = new HashSet<>();
    private boolean ordinalDot;

    private AbbreviationList() {}

    /** The list for one language, or null when there is no file for it. */
    static AbbreviationList forLanguage(String language) {
        InputStream in = AbbreviationList.class.getResourceAsStream(DIR + "abbreviations-" + language + ".txt");
        if (in == null) {
            return null;
        }
        AbbreviationList list = new AbbreviationList();
        list.read(in);
        return list;
    }

    /** The union of every listed language's abbreviations, for text of undetermined language. */
    static AbbreviationList union() {
        AbbreviationList all = new AbbreviationList();
        for (String lang : lines(AbbreviationList.class.getResourceAsStream(DIR + "languages.txt"), "languages.txt")) {
            AbbreviationList one = forLanguage(lang);
            if (one != null) {
                one.exact.forEach(all.exact::putIfAbsent);
                one.lowercase.forEach(all.lowercase::putIfAbsent);
                all.parts.addAll(one.parts);
            }
        }
        return all;
    }

    private void read(InputStream in) {
        Kind kind = Kind.NEVER_FINAL;
        for (String line : lines(in, "abbreviations")) {
            if (line.equals("[never-final]")) {
                kind = Kind.NEVER_FINAL;
            } else if (line.equals("[may-end]")) {
                kind = Kind.MAY_END;
            } else if (line.equals("@ordinal-dot")) {
                ordinalDot = true;
            } else {
                String compact = compact(line);
                for (String part : compact.split("\\.")) {
                    if (!part.isEmpty()) {
                        parts.add(part.toLowerCase(Locale.ROOT));
                    }
                }
                exact.put(compact, kind);
                if (compact.equals(compact.toLowerCase(Locale.ROOT))) {
                    lowercase.put(compact, kind);
                }
            }
        }
    }

    /** The kind of the abbreviation written (compactly) as {@code candidate}, or null when not listed. */
    Kind lookup(String candidate) {
        Kind k = exact.get(candidate);
        return k != null ? k : lowercase.get(candidate.toLowerCase(Locale.ROOT));
    }

    /** Whether a word before a period can belong to any listed abbreviation. */
    boolean mayContain(String word) {
        return parts.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether "1." to "999." before a word is an ordinal number (German dates and centuries). */
    boolean ordinalDot() {
        return ordinalDot;
    }

    static String compact(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static List<String> lines(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("missing text resource " + DIR + name);
        }
        return ResourceLines.read(in);
    }
}
