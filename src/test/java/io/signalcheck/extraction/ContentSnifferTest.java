package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.extraction.ContentSniffer.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {
    @Test
    void pdfHeaderIsFoundNearTheStart() {
        assertTrue(ContentSniffer.isPdf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(ContentSniffer.isPdf("junk line\r\n%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(ContentSniffer.isPdf("A text about %PDF-1.7 files".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(ContentSniffer.isPdf(new byte[] {'%', 'P'}));
    }

    @Test
    void zipAndImagesAreUnsupportedFormats() {
        RejectedInputException zip = assertThrows(RejectedInputException.class,
                () -> ContentSniffer.refuseBinary(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}));
        assertEquals("unsupported_format", zip.code());
        assertTrue(zip.getMessage().contains("ZIP"));
        RejectedInputException png = assertThrows(RejectedInputException.class,
                () -> ContentSniffer.refuseBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'}));
        assertEquals("unsupported_format", png.code());
    }

    @Test
    void nulBytesAreBinary() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> ContentSniffer.refuseBinary(new byte[] {'a', 'b', 0, 'c'}));
        assertEquals("binary", e.code());
    }

    @Test
    void manyControlBytesAreBinary() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertEquals("binary", assertThrows(RejectedInputException.class, () -> ContentSniffer.refuseBinary(bytes)).code());
    }

    @Test
    void utf16TextIsNotBinary() {
        byte[] bytes = PlainTextDecoderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "text".getBytes(StandardCharsets.UTF_16LE));
        assertDoesNotThrow(() -> ContentSniffer.refuseBinary(bytes));
    }

    @Test
    void textFormats() {
        assertEquals(Format.JSON, ContentSniffer.textFormat("  {\"title\": \"x\"}"));
        assertEquals(Format.JSON, ContentSniffer.textFormat("[ {\"title\": \"x\"} ]"));
        assertEquals(Format.TEXT, ContentSniffer.textFormat("[Update] The ministry said on Monday."));
        assertEquals(Format.HTML, ContentSniffer.textFormat("<!DOCTYPE html><html><body>x</body></html>"));
        assertEquals(Format.HTML, ContentSniffer.textFormat("\n<html lang=\"fr\">"));
        assertEquals(Format.HTML, ContentSniffer.textFormat("<p class=\"lead\">A fragment.</p>"));
        assertEquals(Format.HTML, ContentSniffer.textFormat("<body><p>x</p></body>"));
        assertEquals(Format.TEXT, ContentSniffer.textFormat("Les élections <html> ont eu lieu."));
        assertEquals(Format.TEXT, ContentSniffer.textFormat("<3 this is prose with a heart"));
    }
}
