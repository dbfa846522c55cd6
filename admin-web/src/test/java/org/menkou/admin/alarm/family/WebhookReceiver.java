package org.menkou.admin.alarm.family;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real webhook receiver on a loopback port the system picked (JDK {@code HttpServer}): refuses the first
 * {@code failures} requests with HTTP 503, then accepts and keeps each body. Closed by the test.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> accepted = new CopyOnWriteArrayList<>();

    WebhookReceiver(int failures) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/family", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.incrementAndGet();
            boolean refuse = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!refuse) {
                accepted.add(body);
            }
            exchange.sendResponseHeaders(refuse ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/family";
    }

    /** Bodies accepted (2xx) so far whose event is {@code family.alarm.KIND}. */
    List<String> accepted(NoticeKind kind) {
        String event = "\"family.alarm." + kind.name().toLowerCase() + "\"";
        return accepted.stream().filter(b -> b.contains(event)).toList();
    }

    int requests() {
        return requests.get();
    }

    /** Waits until {@code count} bodies of {@code kind} were accepted, at most {@code timeout}. */
    boolean await(NoticeKind kind, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (accepted(kind).size() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
