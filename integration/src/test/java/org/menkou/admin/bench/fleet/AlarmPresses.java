package org.menkou.admin.bench.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;

/**
 * Press → board: a kiosk pushes an {@code alarm} event ({@code POST /events}) and a responder's alarm board, a
 * WebSocket on {@code /alarms/live} opened with a logged-in staff session, gets its {@code {"kind":"alarm"}} message.
 * Measured from just before the POST is sent to the message's arrival. The board may watch another node than the one
 * the kiosk posts to. Presses one after another on the calling thread; close it.
 */
public final class AlarmPresses implements AutoCloseable {
    private record Message(String text, long nanos) {
    }

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final WebSocket board;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = SyncJson.strict();
    private final URI events;
    private final String token;
    private final String station;

    /**
     * @param boardBase     the node whose board to watch; {@code sessionCookie} a responder's session there
     * @param kioskBase     the node the pressing kiosk (token {@code token}, registered at {@code station}) posts to
     */
    public AlarmPresses(URI boardBase, String sessionCookie, URI kioskBase, String token, String station) {
        String ws = boardBase.toString().replaceFirst("^http", "ws");
        URI live = URI.create((ws.endsWith("/") ? ws : ws + "/") + "alarms/live");
        this.board = this.http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header("Cookie", "menkou_session=" + sessionCookie).buildAsync(live, new WebSocket.Listener() {
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
        this.events = kioskBase.resolve(KioskApiPaths.EVENTS.substring(1));
        this.token = token;
        this.station = station;
    }

    /**
     * Presses {@code count} times, {@code gap} apart, and returns the press → board times; a press whose message does
     * not come within 10 s, or whose push is refused, is a failure.
     */
    public Samples.Summary press(int count, Duration gap) throws InterruptedException, IOException {
        Samples out = new Samples();
        for (int i = 0; i < count; i++) {
            messages.clear();
            String body = json.writeValueAsString(new EventBatch(List.of(new KioskEvent(UUID.randomUUID().toString(),
                    AlarmReport.TYPE, Instant.now(), json.valueToTree(new AlarmReport(station, null, AlarmSource.BUTTON,
                            null))))));
            HttpRequest request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            Message m = status == 200 ? awaitAlarm(start + TimeUnit.SECONDS.toNanos(10)) : null;
            if (m == null) {
                out.fail();
            } else {
                out.add((m.nanos() - start) / 1000);
            }
            Thread.sleep(gap.toMillis());
        }
        return out.drain();
    }

    private Message awaitAlarm(long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            Message m = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m != null && m.text().contains("\"kind\":\"alarm\"")) {
                return m;
            }
        }
        return null;
    }

    @Override
    public void close() {
        board.abort();
    }
}
