package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextDecoderTest {
    private static final String SAMPLE = "L'élection à Zürich — «déjà» vue";

    @Test
    void validUtf8IsDecodedAsUtf8() {
        PlainTextDecoder.Decoded d = PlainTextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SAMPLE, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        // "café élu" in windows-1252: é is the single byte 0xE9, invalid as UTF-8
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xE9, 'l', 'u', ' ', (byte) 0x93, 'x', (byte) 0x94};
        PlainTextDecoder.Decoded d = PlainTextDecoder.decode(bytes);
        assertEquals("café élu “x”", d.text());
        assertEquals(PlainTextDecoder.WINDOWS_1252, d.charset());
    }

    @Test
    void utf8BomIsDropped() {
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
        assertEquals(SAMPLE, PlainTextDecoder.decode(bytes).text());
    }

    @Test
    void utf16LittleEndianBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
        assertTrue(PlainTextDecoder.hasUtf16Bom(bytes));
        assertEquals(SAMPLE, PlainTextDecoder.decode(bytes).text());
        assertEquals(StandardCharsets.UTF_16LE, PlainTextDecoder.decode(bytes).charset());
    }

    @Test
    void utf16BigEndianBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(SAMPLE, PlainTextDecoder.decode(bytes).text());
        assertEquals(StandardCharsets.UTF_16BE, PlainTextDecoder.decode(bytes).charset());
    }

    @Test
    void noBomMeansNoUtf16() {
        assertFalse(PlainTextDecoder.hasUtf16Bom("plain".getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
