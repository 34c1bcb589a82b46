package io.signalcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencersTest {
    @Test
    void comparesAfterLeftPaddingLikeS3Documents() {
        assertTrue(Sequencers.compare("FF", "0100") < 0);
        assertTrue(Sequencers.compare("0055AED6DCD90281E6", "0055AED6DCD90281E5") > 0);
        assertTrue(Sequencers.compare("0055AED6DCD90281E5", "55aed6dcd90281e5") == 0);
        assertTrue(Sequencers.compare("A", "9") > 0);
    }

    @Test
    void padsToAFixedWidthSoStringOrderIsNumericOrder() {
        String s = Sequencers.sortable("0a1b");
        assertEquals(Sequencers.WIDTH, s.length());
        assertTrue(s.endsWith("0A1B"));
    }

    @Test
    void rejectsWhatIsNotASequencer() {
        assertThrows(IllegalArgumentException.class, () -> Sequencers.sortable(null));
        assertThrows(IllegalArgumentException.class, () -> Sequencers.sortable(" "));
        assertThrows(IllegalArgumentException.class, () -> Sequencers.sortable("12G4"));
        assertThrows(IllegalArgumentException.class, () -> Sequencers.sortable("1".repeat(Sequencers.WIDTH + 1)));
    }
}
