package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What was notified survives a restart; an event in flight is kept to be delivered again. */
class NotifierStateTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void deliveredObjectsAndSequencerSurviveReload(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state/n.json");
        NotifierState s = NotifierState.load(file, json);
        ObjectChange c = ObjectChange.created("é t.txt", new ObjectState("e", 3, 7));
        s.begin(c, json.createObjectNode().put("n", 1), "0000000000000010");
        s.complete();
        NotifierState back = NotifierState.load(file, json);
        assertEquals(Map.of("é t.txt", new ObjectState("e", 3, 7)), back.objects());
        assertEquals("0000000000000010", back.lastSequencer());
        assertNull(back.pendingEvent());
    }

    @Test
    void anEventInFlightIsReplayedWithItsSequencer(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("n.json");
        NotifierState s = NotifierState.load(file, json);
        ObjectNode event = json.createObjectNode().put("sequencer", "0000000000000011");
        s.begin(ObjectChange.removed("gone.txt"), event, "0000000000000011");
        NotifierState back = NotifierState.load(file, json); // the process stopped before complete()
        assertEquals(event, back.pendingEvent());
        assertEquals(ObjectChange.removed("gone.txt"), back.pendingChange());
        assertEquals("0000000000000011", back.lastSequencer());
    }

    @Test
    void aCorruptFileIsAnErrorNotASilentReset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("n.json");
        Files.writeString(file, "{not json");
        IOException e = assertThrows(IOException.class, () -> NotifierState.load(file, json));
        assertEquals(true, e.getMessage().contains("--reset"));
    }
}
