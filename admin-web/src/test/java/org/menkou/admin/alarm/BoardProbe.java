package org.menkou.admin.alarm;

import java.time.Duration;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.testing.WebClient;

/** A logged-in responder's live board connection, for benchmarks outside this package. */
public final class BoardProbe implements AutoCloseable {
    private final BoardSocket socket;

    private BoardProbe(BoardSocket socket) {
        this.socket = socket;
    }

    public static BoardProbe loggedIn(int port, String user, String password) throws InterruptedException {
        WebClient web = new WebClient(port);
        web.login(user, password);
        BoardProbe probe = new BoardProbe(new BoardSocket(port, web.cookie(AccessCheck.SESSION_COOKIE)));
        Thread.sleep(200);
        return probe;
    }

    public void clear() {
        socket.clear();
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
