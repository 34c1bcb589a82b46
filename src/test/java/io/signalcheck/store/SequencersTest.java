package io.signalcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencersTest {
    @Test
    void comparesAfterRightPaddingLikeTheS3UserGuide() {
        // "first right pad the shorter value with zeros, and then do a lexicographical comparison"
        assertTrue(Sequencers.compare("FF", "0100") > 0, "FF00 > 0100");
        assertTrue(Sequencers.compare("0055AED6DCD90281E6", "0055AED6DCD90281E5") > 0);
        assertTrue(Sequencers.compare("0055AED6DCD90281E5", "0055aed6dcd90281e5") == 0, "case does not matter");
        assertTrue(Sequencers.compare("0055AED6DCD90281E5", "0055AED6DCD90281E500") == 0, "trailing zeros are padding");
        assertTrue(Sequencers.compare("0055AED6DCD90281E5", "0055AED6DCD90281E501") < 0);
        assertTrue(Sequencers.compare("0055AED6DCD90281E5", "55AED6DCD90281E5") < 0, "leading zeros count");
        assertTrue(Sequencers.compare("A", "9") > 0);
    }

    @Test
    void padsToAFixedWidthSoStringOrderIsTheDocumentedOrder() {
        String s = Sequencers.sortable("0a1b");
        assertEquals(Sequencers.WIDTH, s.length());
        assertTrue(s.startsWith("0A1B000"));
    }

    @Test
    void rejectsWhatIsNotASequencer() {
        assertThrows(IllegalArgumentException.class, () -> Sequencers.sortable(null));
        assertThrows(IllegalArgumentException.class, () -> Sequencers.sortable(" "));
        assertThrows(IllegalArgumentException.class, () -> Sequencers.sortable("12G4"));
        assertThrows(IllegalArgumentException.class, () -> Sequencers.sortable("1".repeat(Sequencers.WIDTH + 1)));
    }
}
