package io.signalcheck.text;

import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.de.GermanMinimalStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.es.SpanishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.fr.FrenchMinimalStemmer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Reduces a lower-cased word to its stem. Instances are thread-safe. Names are what rule packs put in
 * {@code index.json}: {@code none}, {@code en-minimal}, {@code fr-light}, {@code fr-minimal}, {@code de-light},
 * {@code de-minimal}, {@code es-light}, {@code es-minimal}, {@code it-light}, {@code pt-light}, or
 * {@code snowball:<Name>} for any Snowball stemmer shipped with Lucene (e.g. {@code snowball:Dutch}).
 */
@FunctionalInterface
public interface WordStemmer {
    String stem(String lowerCased);

    /** The stemmer called {@code name}; an unknown name is an error, not a silent fallback. */
    static WordStemmer forName(String name) {
        String n = name == null ? "none" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "none" -> w -> w;
            case "en-minimal" -> light(new EnglishMinimalStemmer()::stem);
            case "fr-light" -> light(new FrenchLightStemmer()::stem);
            case "fr-minimal" -> light(new FrenchMinimalStemmer()::stem);
            case "de-light" -> light(new GermanLightStemmer()::stem);
            case "de-minimal" -> light(new GermanMinimalStemmer()::stem);
            case "es-light" -> light(new SpanishLightStemmer()::stem);
            case "es-minimal" -> light(new SpanishMinimalStemmer()::stem);
            case "it-light" -> light(new ItalianLightStemmer()::stem);
            case "pt-light" -> light(new PortugueseLightStemmer()::stem);
            default -> {
                if (n.startsWith("snowball:")) {
                    yield snowball(name.trim().substring("snowball:".length()));
                }
                throw new IllegalArgumentException("unknown stemmer '" + name + "'");
            }
        };
    }

    /** Lucene's light/minimal stemmers work in place on a char buffer and keep no state. */
    interface InPlace {
        int stem(char[] buffer, int length);
    }

    private static WordStemmer light(InPlace stemmer) {
        return w -> {
            char[] buf = w.toCharArray();
            int len = stemmer.stem(buf, buf.length);
            return len == buf.length ? w : new String(buf, 0, len);
        };
    }

    private static WordStemmer snowball(String language) {
        String className = "org.tartarus.snowball.ext." + language + "Stemmer";
        Supplier<SnowballStemmer> factory;
        try {
            Class<? extends SnowballStemmer> type = Class.forName(className).asSubclass(SnowballStemmer.class);
            var constructor = type.getConstructor();
            constructor.newInstance();
            factory = () -> {
                try {
                    return constructor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("unknown stemmer 'snowball:" + language + "'", e);
        }
        // Snowball programs keep state between calls: one per thread
        ThreadLocal<SnowballStemmer> perThread = ThreadLocal.withInitial(factory);
        return w -> {
            SnowballStemmer s = perThread.get();
            s.setCurrent(w);
            s.stem();
            return s.getCurrent();
        };
    }
}
