package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ObjectKeyDecoderTest {
    @Test
    void decodesPercentEncodedUtf8() {
        assertEquals("fr/élection présidentielle.html",
                ObjectKeyDecoder.decode("fr/%C3%A9lection%20pr%C3%A9sidentielle.html"));
        assertEquals("a/b/c.txt", ObjectKeyDecoder.decode("a%2Fb/c.txt"));
        assertEquals("100% fake.txt", ObjectKeyDecoder.decode("100%25%20fake.txt"));
    }

    @Test
    void plusStaysAPlusInPaths() {
        assertEquals("a+b c.txt", ObjectKeyDecoder.decode("a+b%20c.txt"));
    }

    @Test
    void alreadyDecodedKeysPassThrough() {
        // API Gateway HTTP APIs hand over the path decoded: a second decoding would corrupt '%' in keys
        assertEquals("rapport 100%41.txt", ObjectKeyDecoder.decode("rapport 100%41.txt"));
        assertEquals("Übersicht/ß.txt", ObjectKeyDecoder.decode("Übersicht/ß.txt"));
    }

    @Test
    void invalidSequencesAreKeptLiterally() {
        assertEquals("50%.txt", ObjectKeyDecoder.decode("50%.txt"));
        assertEquals("a%zz.txt", ObjectKeyDecoder.decode("a%zz.txt"));
        assertEquals("caf%E9.txt", ObjectKeyDecoder.decode("caf%E9.txt")); // Latin-1, not UTF-8
    }
}
