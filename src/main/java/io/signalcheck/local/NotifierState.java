package io.signalcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the notifier has delivered, persisted as JSON under the data dir so a restart does not re-notify
 * unchanged objects: the objects as last notified, the last sequencer issued, and the event being delivered
 * (an outbox: after a crash it is delivered again with the same sequencer, which the store sees as a duplicate).
 */
public final class NotifierState {
    private final Path file;
    private final ObjectMapper mapper;
    private final Map<String, ObjectState> objects = new TreeMap<>();
    private String lastSequencer;
    private ObjectNode pendingEvent;
    private ObjectChange pendingChange;

    private NotifierState(Path file, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper;
    }

    /** Loads the state, or starts empty when there is none; a corrupt file is an error, not silently reset. */
    public static NotifierState load(Path file, ObjectMapper mapper) throws IOException {
        NotifierState state = new NotifierState(file, mapper);
        if (!Files.exists(file)) {
            return state;
        }
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("notifier state " + file + " is unreadable (" + e.getMessage()
                    + "); delete it to re-notify every object, or start with --reset", e);
        }
        state.lastSequencer = root.path("lastSequencer").isTextual() ? root.get("lastSequencer").asText() : null;
        root.path("objects").properties().forEach(e -> state.objects.put(e.getKey(), readState(e.getValue())));
        JsonNode pending = root.path("pending");
        if (pending.path("event").isObject()) {
            state.pendingEvent = (ObjectNode) pending.get("event");
            String key = pending.path("key").asText();
            state.pendingChange = "REMOVED".equals(pending.path("kind").asText()) ? ObjectChange.removed(key)
                    : ObjectChange.created(key, readState(pending.path("state")));
        }
        return state;
    }

    public Map<String, ObjectState> objects() {
        return java.util.Collections.unmodifiableMap(objects);
    }

    public String lastSequencer() {
        return lastSequencer;
    }

    /** The event that was being delivered when the process stopped, or null. */
    public ObjectNode pendingEvent() {
        return pendingEvent;
    }

    public ObjectChange pendingChange() {
        return pendingChange;
    }

    /** Records the event about to be delivered, with the sequencer it carries, before delivering it. */
    public void begin(ObjectChange change, ObjectNode event, String sequencer) {
        pendingChange = change;
        pendingEvent = event;
        lastSequencer = sequencer;
        save();
    }

    /** Records that the pending event was handled. */
    public void complete() {
        if (pendingChange.kind() == ObjectChange.Kind.CREATED) {
            objects.put(pendingChange.key(), pendingChange.state());
        } else {
            objects.remove(pendingChange.key());
        }
        pendingChange = null;
        pendingEvent = null;
        save();
    }

    private static ObjectState readState(JsonNode n) {
        return new ObjectState(n.path("etag").isTextual() ? n.get("etag").asText() : null,
                n.path("size").asLong(), n.path("lastModified").asLong());
    }

    private void writeState(ObjectNode o, ObjectState s) {
        o.put("etag", s.etag());
        o.put("size", s.size());
        o.put("lastModified", s.lastModifiedMillis());
    }

    private void save() {
        ObjectNode root = mapper.createObjectNode();
        root.put("lastSequencer", lastSequencer);
        ObjectNode objs = root.putObject("objects");
        objects.forEach((k, s) -> writeState(objs.putObject(k), s));
        if (pendingEvent != null) {
            ObjectNode p = root.putObject("pending");
            p.put("kind", pendingChange.kind().name());
            p.put("key", pendingChange.key());
            if (pendingChange.state() != null) {
                writeState(p.putObject("state"), pendingChange.state());
            }
            p.set("event", pendingEvent);
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            mapper.writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save notifier state to " + file, e);
        }
    }
}
