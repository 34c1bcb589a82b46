package io.signalcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ListCursorTest {
    @Test
    void roundTripsAndBuildsTheIndexStartKey() {
        ListCursor c = new ListCursor("byLanguage", "fr", "articles/rapport é.html", "2026-11-02T08:00:00.000Z#articles/rapport é.html");
        ListCursor back = ListCursor.decode(c.encode());
        assertEquals(c, back);
        var key = back.startKey(ScoresTable.LANGUAGE);
        assertEquals("fr", key.get("language").s());
        assertEquals("articles/rapport é.html", key.get("pk").s());
        assertEquals(c.listSk(), key.get("listSk").s());
    }

    @Test
    void rejectsWhatItDidNotWrite() {
        assertThrows(IllegalArgumentException.class, () -> ListCursor.decode("%%%"));
        String incomplete = Base64.getUrlEncoder().encodeToString("{\"i\":\"recent\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> ListCursor.decode(incomplete));
        String notJson = Base64.getUrlEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> ListCursor.decode(notJson));
    }
}
