package org.menkou.admin.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.protocol.EventAck;
import org.menkou.content.protocol.EventReceipt;
import org.menkou.content.protocol.KioskEvent;

/**
 * Kiosk events, stored exactly once per (kiosk, client id). A batch is checked whole before anything is written and
 * stored in one transaction; a retry gets the receipts of the first delivery. A batch holding any
 * {@linkplain EventHandler#durable() durable} event is committed on the durable connections, one of only other
 * events (heartbeats) on the ordinary ones. On a database that takes one writer at a time the writes queue here
 * first; on others they run side by side, as they do anyway from several nodes. Thread-safe.
 */
public final class EventStore {
    public static final int MAX_BATCH = 100;
    public static final int MAX_PAYLOAD_CHARS = 8_192;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final Jdbi durable;
    private final Jdbi ordinary;
    private final ObjectMapper json;
    private final Map<String, EventHandler> handlers;
    private final Clock clock;
    /** The queue of writing transactions, first come first served; null when the database needs none. */
    private final ReentrantLock writer;

    /**
     * {@code handlers} by event type (a live, thread-safe map); an event of another type is refused. {@code durable}
     * and {@code ordinary} are connections to the same database, committing with and without waiting for the disk.
     *
     * @param queueWriters whether this store's writes queue for one another (a database that takes one writer at a
     *                     time, {@link org.menkou.content.db.Database#oneWriterAtATime()})
     */
    public EventStore(Jdbi durable, Jdbi ordinary, boolean queueWriters, ObjectMapper json,
                      Map<String, EventHandler> handlers, Clock clock) {
        this.durable = durable;
        this.ordinary = ordinary;
        this.writer = queueWriters ? new ReentrantLock(true) : null;
        this.json = json;
        this.handlers = handlers;
        this.clock = clock;
    }

    /** Stores the events of one push from {@code kiosk}; throws ApiException (nothing stored) if any is invalid. */
    public EventAck store(Kiosk kiosk, List<KioskEvent> events) {
        check(events);
        // SQLite takes one writer at a time and makes the others poll with growing sleeps; queueing the request
        // threads here first-come first-served instead keeps the tail latency down when many kiosks push at once.
        if (events.stream().anyMatch(e -> handlers.get(e.type()).durable())) {
            // The durable connection is opened before queueing, so only the transaction itself is serialised.
            try (Handle h = durable.open()) {
                return queued(() -> storeAll(h, kiosk, events));
            }
        }
        // An ordinary connection is borrowed only inside the queue: a durable transaction holding the queue may
        // borrow one as well (the booking rules read the menu), so nobody may hold one while waiting for the queue.
        return queued(() -> {
            try (Handle h = ordinary.open()) {
                return storeAll(h, kiosk, events);
            }
        });
    }

    /** Runs {@code write} in the writers' queue, or at once when there is none. */
    private EventAck queued(Supplier<EventAck> write) {
        if (writer == null) {
            return write.get();
        }
        writer.lock();
        try {
            return write.get();
        } finally {
            writer.unlock();
        }
    }

    private EventAck storeAll(Handle handle, Kiosk kiosk, List<KioskEvent> events) {
        return handle.inTransaction(tx -> {
            List<EventReceipt> receipts = new ArrayList<>(events.size());
            for (KioskEvent e : events) {
                receipts.add(storeOne(tx, kiosk, e));
            }
            return new EventAck(receipts);
        });
    }

    private EventReceipt storeOne(Handle h, Kiosk kiosk, KioskEvent e) {
        // Write first: the transaction takes SQLite's write lock at once, so concurrent retries of one id queue up
        // behind it (busy timeout) instead of both reading "absent" and colliding.
        int inserted = h.createUpdate("""
                        INSERT INTO kiosk_event (kiosk_id, event_id, type, occurred_at, received_at, payload)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kiosk_id, event_id) DO NOTHING""")
                .bind(0, kiosk.id()).bind(1, e.id()).bind(2, e.type()).bind(3, e.at().toString())
                .bind(4, Instant.now(clock).toString()).bind(5, withoutCard(e.payload()).toString()).execute();
        var stored = h.createQuery("SELECT server_id, result FROM kiosk_event WHERE kiosk_id = ? AND event_id = ?")
                .bind(0, kiosk.id()).bind(1, e.id())
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).one();
        long serverId = (Long) stored[0];
        if (inserted == 0) {
            // A retry gets the answer of the first delivery.
            return new EventReceipt(e.id(), serverId, true, stored[1] == null ? null : parse((String) stored[1]));
        }
        JsonNode result = handlers.get(e.type()).apply(h, kiosk, e);
        if (result != null && !result.isNull()) {
            h.createUpdate("UPDATE kiosk_event SET result = ? WHERE server_id = ?")
                    .bind(0, result.toString()).bind(1, serverId).execute();
        }
        return new EventReceipt(e.id(), serverId, false, result);
    }

    private void check(List<KioskEvent> events) {
        if (events == null || events.isEmpty()) {
            throw new ApiException(400, "no_events", "events must be a non-empty array");
        }
        if (events.size() > MAX_BATCH) {
            throw new ApiException(413, "too_many_events", "at most " + MAX_BATCH + " events per push");
        }
        Set<String> ids = new HashSet<>();
        for (KioskEvent e : events) {
            if (e == null || e.id() == null || !ID.matcher(e.id()).matches()) {
                throw new ApiException(400, "bad_event_id", "every event needs an id of 8-64 letters, digits or '-'");
            }
            if (!ids.add(e.id())) {
                throw new ApiException(400, "duplicate_in_batch", "event id " + e.id() + " appears twice in one push");
            }
            if (e.type() == null || !handlers.containsKey(e.type())) {
                throw new ApiException(400, "unknown_event_type", "event " + e.id() + ": unknown type " + e.type());
            }
            if (e.at() == null || e.payload() == null || !e.payload().isObject()) {
                throw new ApiException(400, "bad_event", "event " + e.id() + ": 'at' and an object 'payload' are required");
            }
            if (e.payload().toString().length() > MAX_PAYLOAD_CHARS) {
                throw new ApiException(413, "payload_too_large", "event " + e.id() + ": payload over " + MAX_PAYLOAD_CHARS + " characters");
            }
            handlers.get(e.type()).check(e);
        }
    }

    /**
     * The payload as the event log keeps it: without a scanned resident card ({@code card} of a booking), which its
     * handler verifies from the event as received; the log never holds cards.
     */
    private static JsonNode withoutCard(JsonNode payload) {
        if (payload instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.has("card")) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = o.deepCopy();
            copy.remove("card");
            return copy;
        }
        return payload;
    }

    /** Number of stored events of {@code type} (all kiosks); for tests and the fleet page. */
    public int count(String type) {
        return durable.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kiosk_event WHERE type = ?").bind(0, type)
                .mapTo(Integer.class).one());
    }

    /** The stored payload of one event, if stored. */
    public Optional<JsonNode> payload(String kioskId, String eventId) {
        return durable.withHandle(h -> h.createQuery("SELECT payload FROM kiosk_event WHERE kiosk_id = ? AND event_id = ?")
                .bind(0, kioskId).bind(1, eventId).mapTo(String.class).findOne()).map(this::parse);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt event payload", e);
        }
    }
}
