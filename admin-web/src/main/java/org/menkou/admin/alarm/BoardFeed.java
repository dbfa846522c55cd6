package org.menkou.admin.alarm;

import io.javalin.websocket.WsContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alarm board's live channel: every open board holds a WebSocket; each change is pushed to all of them as one
 * small JSON message {@code {"kind": "alarm", "seq": 12}} (no personal data; the board then fetches what it may
 * see). Messages go out on one "alarm-feed" thread, in order, so publishing never blocks a database transaction.
 */
public final class BoardFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BoardFeed.class);
    private final Set<WsContext> boards = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alarm-feed");
        t.setDaemon(true);
        return t;
    });

    /** What changed, named on the wire by {@link #kind()}. */
    public enum Change {
        /** An alarm was raised, acknowledged, closed or noted. */
        ALARM("alarm"),
        /** An alarm's escalation started or one of its channels delivered or gave up. */
        ESCALATION("escalation"),
        /** A kiosk went silent or was heard again. */
        OFFLINE("offline"),
        /** A kiosk reported its daily button self-test. */
        SELFTEST("selftest");

        private final String kind;

        Change(String kind) {
            this.kind = kind;
        }

        /** The message's {@code kind}, e.g. {@code alarm}. */
        public String kind() {
            return kind;
        }
    }

    void join(WsContext board) {
        boards.add(board);
    }

    void leave(WsContext board) {
        boards.remove(board);
    }

    /** Tells every board what changed ({@code seq} the alarm's, or 0); returns at once. */
    public void publish(Change change, long seq) {
        String message = "{\"kind\":\"" + change.kind() + "\",\"seq\":" + seq + "}";
        sender.execute(() -> boards.forEach(b -> {
            try {
                b.send(message);
            } catch (RuntimeException e) {
                log.info("dropping a board connection: {}", e.toString());
                boards.remove(b);
            }
        }));
    }

    /** Number of boards connected now. */
    public int boards() {
        return boards.size();
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
