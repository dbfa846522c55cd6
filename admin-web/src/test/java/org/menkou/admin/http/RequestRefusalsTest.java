package org.menkou.admin.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.protocol.KioskApiPaths;

/**
 * What a client sees when {@link RequestLimits} refuses its body, over raw sockets on loopback: the status, a sentence
 * for people or a JSON reason for kiosks, and a closed connection.
 */
@Tag("integration")
class RequestRefusalsTest {
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void aDeclaredLengthOverTheLimitIsRefusedUnreadInTheWordsOfItsPath() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        JavalinTest.test(f.app, (server, client) -> {
            String page = exchange(server.port(), "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM
                    + "Content-Length: " + (RequestLimits.FORM_BODY_BYTES + 1) + "\r\n\r\n");
            assertThat(page).startsWith("HTTP/1.1 413").contains("Connection: close", "text/plain")
                    .contains("请求内容太大（最多 " + RequestLimits.FORM_BODY_BYTES + " 字节）");
            String api = exchange(server.port(), "POST " + KioskApiPaths.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (RequestLimits.API_BODY_BYTES + 1) + "\r\n\r\n");
            assertThat(api).startsWith("HTTP/1.1 413").contains("Connection: close", "application/json")
                    .contains("\"code\":\"body_too_large\"");
        });
    }

    @Test
    @Timeout(60)
    void aChunkedFormPastTheLimitGetsTheErrorPageAndAnApiBodyMayBeLonger() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        JavalinTest.test(f.app, (server, client) -> {
            int chunks = 2 * RequestLimits.FORM_BODY_BYTES / 1024;
            String page = exchange(server.port(), "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM
                    + "Transfer-Encoding: chunked\r\n\r\n" + chunked('a', chunks));
            assertThat(page).startsWith("HTTP/1.1 413").contains("Connection: close")
                    .contains("请求内容太大（最多 " + RequestLimits.FORM_BODY_BYTES + " 字节）");
            String api = exchange(server.port(), "POST " + KioskApiPaths.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunked('{', chunks));
            assertThat(api).as("read whole under the API limit, then refused as JSON")
                    .startsWith("HTTP/1.1 400").contains("malformed_json");
        });
    }

    @Test
    @Timeout(60)
    void aLoginBodyBeyondTheOpenBodiesOfOneAddressIsTurnedAwayAtOnce() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < RequestLimits.OPEN_BODIES_PER_ADDRESS; i++) {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
                    s.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM
                            + "Content-Length: 100\r\n\r\nu").getBytes(StandardCharsets.US_ASCII));
                    stalled.add(s);
                }
                String busy = "";
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (!busy.startsWith("HTTP/1.1 503") && System.nanoTime() < deadline) {
                    busy = exchange(server.port(), "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                            + FORM + "Content-Length: 10\r\n\r\nusername=a");
                }
                assertThat(busy).as("once the stalled bodies hold every place of this address")
                        .startsWith("HTTP/1.1 503").contains("Retry-After: 10", "Connection: close", "服务器忙，请稍后再试");
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        });
    }

    /** {@code count} chunks of 1 KiB of {@code fill} and the last chunk. */
    private static String chunked(char fill, int count) {
        String chunk = "400\r\n" + String.valueOf(fill).repeat(1024) + "\r\n";
        return chunk.repeat(count) + "0\r\n\r\n";
    }

    /**
     * Sends {@code request} in pieces, stopping early once the server starts to answer (as a client does when it is
     * refused mid-body), and returns all the server answers until it closes the connection.
     */
    private static String exchange(int port, String request) throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            s.setSoTimeout(15_000);
            ByteArrayOutputStream answer = new ByteArrayOutputStream(); // synchronized: read here and in the reader
            CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> readAll(s, answer));
            byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
            OutputStream out = s.getOutputStream();
            try {
                for (int at = 0; at < bytes.length && answer.size() == 0; at += 8192) {
                    out.write(bytes, at, Math.min(8192, bytes.length - at));
                }
            } catch (IOException cutOff) {
                // the server answered and closed before taking the whole body
            }
            closed.get(20, TimeUnit.SECONDS);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void readAll(Socket s, ByteArrayOutputStream answer) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = s.getInputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // reset after the answer: the server discarded the rest of the body
        }
    }
}
