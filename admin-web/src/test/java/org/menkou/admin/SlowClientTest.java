package org.menkou.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.http.RequestLimits;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;

/**
 * Anonymous clients that send bodies slowly or without end, over raw sockets on loopback: they must neither hold the
 * server's workers nor fill its heap, so a logged-in user and the kiosk API keep answering.
 */
@Tag("integration")
class SlowClientTest {
    private static final int SLOW_CLIENTS = 300;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void threeHundredSlowLoginBodiesDoNotStopLoggedInPagesOrTheKioskApi() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        JavalinTest.test(f.app, (server, client) -> {
            int port = server.port();
            WebClient web = new WebClient(port);
            assertThat(web.login("boss", AdminFixture.PASSWORD).statusCode()).isEqualTo(302);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            List<Socket> slow = new ArrayList<>();
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                    s.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\nu")
                            .getBytes(StandardCharsets.US_ASCII));
                    slow.add(s);
                }
                trickle.scheduleAtFixedRate(() -> slow.forEach(s -> {
                    try {
                        s.getOutputStream().write('x');
                    } catch (IOException closedByServer) {
                        // the server cut this client off, as it should
                    }
                }), 200, 200, TimeUnit.MILLISECONDS);
                // Give the server time to hand every slow body to a worker, as it would under a real attack.
                long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                while (System.nanoTime() < settle) {
                    Thread.sleep(100);
                }
                for (int round = 0; round < 3; round++) {
                    long started = System.nanoTime();
                    HttpResponse<String> page = timed(http, HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/meals"))
                            .header("Cookie", "menkou_session=" + web.cookie("menkou_session")).GET().build());
                    assertThat(page.statusCode()).isEqualTo(200);
                    HttpResponse<String> me = timed(http, HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/kiosk/v1/me"))
                            .header("Authorization", "Bearer " + token).GET().build());
                    assertThat(me.statusCode()).isEqualTo(200);
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("both answers, round " + round)
                            .isLessThan(Duration.ofSeconds(2));
                }
            } finally {
                trickle.shutdownNow();
                for (Socket s : slow) {
                    s.close();
                }
            }
        });
    }

    @Test
    @Timeout(60)
    void aChunkedLoginBodyIsCutOffAtTheFormLimitWithA413() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[16 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
                java.util.concurrent.CompletableFuture<String> answer = new java.util.concurrent.CompletableFuture<>();
                java.util.concurrent.atomic.AtomicLong sentAtAnswer = new java.util.concurrent.atomic.AtomicLong(-1);
                Thread reader = new Thread(() -> {
                    try {
                        String line = statusLine(s.getInputStream());
                        sentAtAnswer.set(sent.get());
                        answer.complete(line);
                    } catch (IOException e) {
                        answer.completeExceptionally(e);
                    }
                });
                reader.start();
                long cap = 64L * 1024 * 1024;
                try {
                    while (sent.get() < cap && !answer.isDone()) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException cutOff) {
                    // the server stopped reading and closed the connection
                }
                assertThat(answer.get(10, TimeUnit.SECONDS)).startsWith("HTTP/1.1 413");
                assertThat(sentAtAnswer.get()).as("bytes the client had sent when the server refused")
                        .isLessThan(RequestLimits.FORM_BODY_BYTES + 8L * 1024 * 1024);
            }
        });
    }

    @Test
    @Timeout(60)
    void aLoginBodyWithAnOversizedLengthIsRefusedUnread() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
                s.setSoTimeout(10_000);
                s.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200000000\r\n\r\nuser=")
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(statusLine(s.getInputStream())).startsWith("HTTP/1.1 413");
            }
        });
    }

    @Test
    @Timeout(60)
    void aLoginBodyThatStallsIsCutOffWithinTheReadTimeout() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
                s.setSoTimeout((int) RequestLimits.BODY_IDLE_TIMEOUT.toMillis() + 10_000);
                long started = System.nanoTime();
                s.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nuser=")
                        .getBytes(StandardCharsets.US_ASCII));
                String status = statusLine(s.getInputStream());
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(status).startsWith("HTTP/1.1 408");
                assertThat(took).isLessThan(RequestLimits.BODY_IDLE_TIMEOUT.plusSeconds(5));
            }
        });
    }

    private static HttpResponse<String> timed(HttpClient http, HttpRequest request) throws Exception {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(1, TimeUnit.SECONDS);
    }

    /** The status line of the response on {@code in}, or "" when the server closed without one. */
    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        try {
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
        } catch (java.net.SocketException reset) {
            // connection reset after the response line or without one
        }
        return line.toString().strip();
    }
}
