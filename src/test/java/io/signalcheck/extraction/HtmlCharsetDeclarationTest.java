package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class HtmlCharsetDeclarationTest {
    @Test
    void metaCharsetForms() {
        assertEquals(Charset.forName("ISO-8859-15"), HtmlCharsetDeclaration.find("<html><head><meta charset=\"iso-8859-15\">"));
        assertEquals(Charset.forName("KOI8-R"),
                HtmlCharsetDeclaration.find("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">"));
        assertEquals(Charset.forName("windows-1250"), HtmlCharsetDeclaration.find("<META CHARSET=windows-1250>"));
    }

    @Test
    void noOrUnknownDeclaration() {
        assertNull(HtmlCharsetDeclaration.find("<html><head><title>x</title>"));
        assertNull(HtmlCharsetDeclaration.find("<meta charset=\"no-such-charset-x\">"));
    }
}
