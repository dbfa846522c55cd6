package org.menkou.admin.alarm;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.OptionalLong;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.testing.WebClient;

/** A logged-in responder's live board connection, for benchmarks outside this package. */
public final class BoardProbe implements AutoCloseable {
    private final BoardSocket socket;

    private BoardProbe(BoardSocket socket) {
        this.socket = socket;
    }

    /** Logs {@code user} in and returns once the server counts the connection among {@code feed}'s boards. */
    public static BoardProbe loggedIn(int port, BoardFeed feed, String user, String password) {
        WebClient web = new WebClient(port);
        web.login(user, password);
        int before = feed.boards();
        BoardProbe probe = new BoardProbe(new BoardSocket(port, web.cookie(AccessCheck.SESSION_COOKIE)));
        await("the probe joined the live channel").atMost(Duration.ofSeconds(10)).until(() -> feed.boards() > before);
        return probe;
    }

    public void clear() {
        socket.clear();
    }

    /** System.nanoTime() when the next new-alarm message arrived, or empty after {@code timeout}. */
    public OptionalLong nextAlarm(Duration timeout) throws InterruptedException {
        BoardSocket.Message m = socket.await("\"kind\":\"alarm\"", timeout);
        return m == null ? OptionalLong.empty() : OptionalLong.of(m.nanos());
    }

    /** System.nanoTime() when the next new-alarm message arrived; fails after {@code timeout}. */
    public long awaitAlarm(Duration timeout) throws InterruptedException {
        BoardSocket.Message m = socket.await("\"kind\":\"alarm\"", timeout);
        if (m == null) {
            throw new AssertionError("no alarm on the board within " + timeout);
        }
        return m.nanos();
    }

    @Override
    public void close() {
        socket.close();
    }
}
