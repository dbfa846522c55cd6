package org.menkou.admin.bench.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.menkou.admin.alarm.BoardSocket;
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
    /** How long a press may take, from sending its push, to reach the board before it counts as failed. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** A press slower than this is printed on its own, with the push's answer time, to see where its time went. */
    private static final Duration SLOW = Duration.ofMillis(50);
    private final BoardSocket board;
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
        this.board = new BoardSocket(boardBase, sessionCookie);
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
            board.clear();
            String body = json.writeValueAsString(new EventBatch(List.of(new KioskEvent(UUID.randomUUID().toString(),
                    AlarmReport.TYPE, Instant.now(), json.valueToTree(new AlarmReport(station, null, AlarmSource.BUTTON,
                            null))))));
            HttpRequest request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            long answered = System.nanoTime();
            BoardSocket.Message m = status == 200 ? board.await("\"kind\":\"alarm\"", PATIENCE.minusNanos(answered - start)) : null;
            if (m == null) {
                out.fail();
            } else {
                out.add((m.nanos() - start) / 1000);
                if (m.nanos() - start > SLOW.toNanos()) {
                    System.out.printf("BENCH slow press %d of %d: %.1f ms to the push's answer, %.1f ms to the board%n",
                            i + 1, count, (answered - start) / 1e6, (m.nanos() - start) / 1e6);
                }
            }
            Thread.sleep(gap.toMillis());
        }
        return out.drain();
    }

    @Override
    public void close() {
        board.close();
    }
}
