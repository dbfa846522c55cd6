package org.menkou.kiosk.sync;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written stand-in for one admin server node in the kiosk's failover tests: the JDK's HTTP server on
 * 127.0.0.1 answering every request with one status and JSON body, counting the requests. The real server is in
 * the integration module's tests. The caller closes it.
 */
final class FakeKioskServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status;
    private volatile String body;

    private FakeKioskServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts a server on {@code port} (0 for any free one; a port a test holds with LoopbackPort may be given,
     * since the JDK's server socket reuses the address) answering {@code status} with {@code body}.
     */
    static FakeKioskServer start(int port, int status, String body) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        FakeKioskServer fake = new FakeKioskServer(http);
        fake.answer(status, body);
        http.createContext("/", exchange -> {
            fake.requests.incrementAndGet();
            byte[] bytes = fake.body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(fake.status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        http.start();
        return fake;
    }

    /** From now on every request is answered with {@code newStatus} and {@code newBody}. */
    void answer(int newStatus, String newBody) {
        this.status = newStatus;
        this.body = newBody;
    }

    /** Requests answered so far. */
    int requests() {
        return requests.get();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
