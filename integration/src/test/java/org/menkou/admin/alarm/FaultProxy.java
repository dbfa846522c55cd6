package org.menkou.admin.alarm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy on loopback in front of the admin server that can break the next event push: cut the connection in
 * the middle of the request ({@link Fault#CUT_REQUEST}, the server never sees a whole request), or let the request
 * through and cut the connection when the answer starts ({@link Fault#DROP_ANSWER}: stored, but the kiosk never
 * hears so — what a server killed between storing and answering looks like to the kiosk). Faults are armed by count.
 */
final class FaultProxy implements AutoCloseable {
    enum Fault { NONE, CUT_REQUEST, DROP_ANSWER }

    private static final String PUSH = "POST /api/kiosk/v1/events";
    private final ServerSocket server;
    private final int upstream;
    private volatile Fault fault = Fault.NONE;
    private final AtomicInteger armed = new AtomicInteger();
    private final AtomicInteger faultsDone = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    FaultProxy(int upstreamPort) throws IOException {
        this.upstream = upstreamPort;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        acceptor = new Thread(this::accept, "fault-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next {@code count} event pushes (on any connection) suffer {@code kind}. */
    void arm(Fault kind, int count) {
        fault = kind;
        armed.set(count);
    }

    /** Takes one armed fault of {@code kind}, if any is left. */
    private boolean take(Fault kind) {
        return fault == kind && armed.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** Faults actually applied so far. */
    int faultsDone() {
        return faultsDone.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), upstream);
                open.add(client);
                open.add(target);
                AtomicReference<Boolean> dropAnswer = new AtomicReference<>(false);
                start(() -> pumpRequest(client, target, dropAnswer));
                start(() -> pumpAnswer(target, client, dropAnswer));
            } catch (IOException e) {
                // closed, or the upstream is down: the client sees its connection closed
            }
        }
    }

    private void pumpRequest(Socket from, Socket to, AtomicReference<Boolean> dropAnswer) {
        byte[] buf = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                boolean push = new String(buf, 0, n, StandardCharsets.ISO_8859_1).contains(PUSH);
                if (push && take(Fault.CUT_REQUEST)) {
                    out.write(buf, 0, Math.max(1, n / 2));
                    out.flush();
                    faultsDone.incrementAndGet();
                    closeBoth(from, to);
                    return;
                }
                if (push && take(Fault.DROP_ANSWER)) {
                    dropAnswer.set(true);
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            closeBoth(from, to);
        }
    }

    private void pumpAnswer(Socket from, Socket to, AtomicReference<Boolean> dropAnswer) {
        byte[] buf = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (dropAnswer.get()) {
                    faultsDone.incrementAndGet();
                    closeBoth(from, to);
                    return;
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            closeBoth(from, to);
        }
    }

    private void closeBoth(Socket a, Socket b) {
        for (Socket s : new Socket[] {a, b}) {
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
            open.remove(s);
        }
    }

    private static void start(Runnable r) {
        Thread t = new Thread(r, "fault-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(s -> {
            try {
                s.close();
            } catch (IOException e) {
                // already closed
            }
        });
    }
}
