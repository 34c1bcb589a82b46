package io.signalcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.text.AbbreviationList.Kind;
import org.junit.jupiter.api.Test;

class AbbreviationListTest {
    @Test
    void everyFirstClassLanguageHasAList() {
        for (String lang : new String[] {"fr", "en", "de", "es"}) {
            assertNotNull(AbbreviationList.forLanguage(lang), lang);
        }
        assertNull(AbbreviationList.forLanguage("xx"));
    }

    @Test
    void entriesAreMatchedCompactly() {
        AbbreviationList de = AbbreviationList.forLanguage("de");
        assertEquals(Kind.NEVER_FINAL, de.lookup("z.B."));
        assertEquals(Kind.NEVER_FINAL, de.lookup("d.h."));
        assertEquals(Kind.MAY_END, de.lookup("etc."));
        assertNull(de.lookup("Haus."));
        assertTrue(de.ordinalDot());
        assertTrue(de.mayContain("B"));
        assertFalse(de.mayContain("Haus"));
    }

    @Test
    void caseMattersExceptForLowercaseEntries() {
        AbbreviationList en = AbbreviationList.forLanguage("en");
        assertEquals(Kind.NEVER_FINAL, en.lookup("No."));
        assertNull(en.lookup("no."), "\"no.\" ends sentences: only the capitalised \"No.\" is listed");
        assertEquals(Kind.MAY_END, en.lookup("Etc."), "a lowercase entry also matches when capitalised");
        assertFalse(en.ordinalDot());
    }

    @Test
    void unionCoversAllLanguages() {
        AbbreviationList all = AbbreviationList.union();
        assertEquals(Kind.NEVER_FINAL, all.lookup("Mme."));
        assertEquals(Kind.NEVER_FINAL, all.lookup("Sra."));
        assertEquals(Kind.NEVER_FINAL, all.lookup("z.B."));
        assertEquals(Kind.NEVER_FINAL, all.lookup("Mr."));
    }

    @Test
    void compactRemovesWhitespaceOnly() {
        assertEquals("EE.UU.", AbbreviationList.compact("EE. UU."));
    }
}
