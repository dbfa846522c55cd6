package org.menkou.admin.alarm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test client of the alarm board's live channel: collects every message with the time it arrived (ns). */
public final class BoardSocket implements AutoCloseable {
    /** One message and when it arrived ({@link System#nanoTime()}). */
    public record Message(String text, long nanos) {
    }

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    public BoardSocket(int port, String sessionCookie) {
        this(URI.create("http://127.0.0.1:" + port + "/"), sessionCookie);
    }

    /** The live channel of the admin site at {@code base} (http or https; ws or wss is used). */
    public BoardSocket(URI base, String sessionCookie) {
        String ws = base.toString().replaceFirst("^http", "ws");
        URI live = URI.create((ws.endsWith("/") ? ws : ws + "/") + "alarms/live");
        WebSocket.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5));
        if (sessionCookie != null) {
            b.header("Cookie", "menkou_session=" + sessionCookie);
        }
        socket = b.buildAsync(live, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(new Message(partial.toString(), System.nanoTime()));
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).join();
    }

    /** Forgets the messages received so far. */
    public void clear() {
        messages.clear();
    }

    /**
     * Forgets the messages received so far and those arriving until none has come for {@code quiet}; false when they
     * kept coming for {@code timeout}.
     */
    public boolean drainUntilQuiet(Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        messages.clear();
        while (System.nanoTime() < deadline) {
            if (messages.poll(quiet.toNanos(), TimeUnit.NANOSECONDS) == null) {
                return true;
            }
        }
        return false;
    }

    /** The next message containing {@code text}, or null after {@code timeout}. */
    public Message await(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Message m = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m != null && m.text().contains(text)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
