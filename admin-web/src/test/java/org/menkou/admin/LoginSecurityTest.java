package org.menkou.admin;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.auth.LoginThrottle;
import org.menkou.admin.auth.Role;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.admin.web.AccountPages;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TestDatabases;
import org.slf4j.LoggerFactory;

/** Password guessing over real HTTP on loopback: the throttle, timing, logging and the password rules. */
@Tag("integration")
class LoginSecurityTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aHundredParallelWrongGuessesGetAtMostFivePasswordChecks() throws Exception {
        JavalinTest.test(appWithBcryptCost(8), (server, client) -> {
            WebClient web = new WebClient(server.port());
            web.get("/login");
            String cookie = "menkou_login_csrf=" + web.cookie("menkou_login_csrf");
            String body = "csrf=" + web.csrf() + "&username=boss&password=wrong-password-guess";
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<Integer>> guesses = new ArrayList<>();
            java.util.concurrent.ExecutorService guessers = java.util.concurrent.Executors.newFixedThreadPool(100);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 100; i++) {
                guesses.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return guessUntilAnswered(http, server.port(), cookie, body);
                }, guessers));
            }
            start.countDown();
            List<Integer> statuses = guesses.stream().map(CompletableFuture::join).toList();
            guessers.shutdown();
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).as("guesses whose password was checked")
                    .isLessThanOrEqualTo(LoginThrottle.MAX_FAILURES);
        });
    }

    @Test
    @Timeout(60)
    void guessesFromAnotherAddressDoNotLockTheOwnerOut() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            InetAddress attacker = InetAddress.getByName("127.0.0.2");
            for (int i = 0; i < LoginThrottle.MAX_FAILURES + 3; i++) {
                rawLogin(server.port(), attacker, "boss", "wrong-guess-" + i);
            }
            assertThat(rawLogin(server.port(), attacker, "boss", AdminFixture.PASSWORD))
                    .as("the guessing address is throttled").startsWith("HTTP/1.1 429");
            assertThat(new WebClient(server.port()).login("boss", AdminFixture.PASSWORD).statusCode())
                    .as("the owner from their own address").isEqualTo(302);
        });
    }

    @Test
    @Timeout(120)
    void anUnknownUserAndAWrongPasswordTakeTheSameTime() throws Exception {
        JavalinTest.test(appWithBcryptCost(10), (server, client) -> {
            List<Long> unknown = new ArrayList<>();
            List<Long> wrong = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                unknown.add(timedLogin(server.port(), "nobody" + i, "wrong-password-" + i));
                wrong.add(timedLogin(server.port(), "boss", "wrong-password-" + i));
            }
            double ratio = (double) median(unknown) / median(wrong);
            assertThat(ratio).as("unknown user %s ns vs wrong password %s ns", unknown, wrong).isBetween(0.5, 2.0);
        });
    }

    @Test
    void failedLoginsAreLoggedWithoutThePassword() {
        Logger logger = (Logger) LoggerFactory.getLogger(AccountPages.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try {
            AdminFixture f = new AdminFixture(dir);
            JavalinTest.test(f.app, (server, client) -> {
                new WebClient(server.port()).login("boss", "secret-guess-1234");
                assertThat(events.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                        .contains("login failed").contains("boss").contains("127.0.0.1"));
                assertThat(events.list).noneSatisfy(e -> assertThat(e.getFormattedMessage()).contains("secret-guess"));
            });
        } finally {
            logger.detachAppender(events);
        }
    }

    @Test
    void passwordsOverBcryptsLimitGetAMessageNotAServerError() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            assertThat(new WebClient(server.port()).login("boss", "x".repeat(100)).statusCode()).isEqualTo(401);
            WebClient web = new WebClient(server.port());
            web.login("boss", AdminFixture.PASSWORD);
            web.get("/account/password");
            String longChinese = "长者食堂每天中午十一点开饭请大家排队取餐谢谢合作祝身体健康万事如意";
            HttpResponse<String> tooLong = web.post("/account/password", Map.of("currentPassword", AdminFixture.PASSWORD,
                    "newPassword", longChinese, "repeatPassword", longChinese));
            assertThat(tooLong.statusCode()).isEqualTo(400);
            assertThat(tooLong.body()).contains("最多 72 个字节");
        });
    }

    @Test
    void trivialPasswordsAreRefusedWithAMessage() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient web = new WebClient(server.port());
            web.login("boss", AdminFixture.PASSWORD);
            Map<String, String> refused = Map.of(
                    "aaaaaaaaaaaa", "同一个字符",
                    "boss-is-boss-1", "用户名",
                    "password123", "太常见",
                    "0123456789", "太常见",
                    "12345678", "至少 10 位");
            refused.forEach((password, reason) -> {
                web.get("/account/password");
                HttpResponse<String> r = web.post("/account/password", Map.of("currentPassword", AdminFixture.PASSWORD,
                        "newPassword", password, "repeatPassword", password));
                assertThat(r.statusCode()).as(password).isEqualTo(400);
                assertThat(r.body()).as(password).contains(reason);
            });
        });
    }

    /** A server whose password checks take as long as real ones (cost 10 ≈ 50 ms), with user boss. */
    private io.javalin.Javalin appWithBcryptCost(int cost) {
        ContentStore store = ContentStore.open(TestDatabases.server(dir), Clock.systemUTC());
        AdminApp admin = new AdminApp(store, AdminSettings.defaults(dir).withBcryptCost(cost));
        admin.users().create("boss", "管理员甲", Role.ADMIN, null, AdminFixture.PASSWORD, false);
        return admin.create();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One wrong guess, repeated while the server answers 503 (busy), as a determined guesser would. */
    private static int guessUntilAnswered(HttpClient http, int port, String cookie, String body) {
        try {
            while (true) {
                int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 503) {
                    return status;
                }
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long timedLogin(int port, String user, String password) {
        WebClient web = new WebClient(port);
        web.get("/login");
        long started = System.nanoTime();
        assertThat(web.post("/login", Map.of("username", user, "password", password)).statusCode()).isEqualTo(401);
        return System.nanoTime() - started;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2) + sorted.get((sorted.size() - 1) / 2)) / 2;
    }

    /** Logs in over raw sockets from local address {@code from}; returns the status line of the login POST. */
    private static String rawLogin(int port, InetAddress from, String user, String password) throws IOException {
        String page = exchange(port, from, "GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Matcher token = CSRF.matcher(page);
        Matcher cookie = Pattern.compile("Set-Cookie: (menkou_login_csrf=[^;]+)").matcher(page);
        assertThat(token.find() && cookie.find()).as("login page with token").isTrue();
        String body = "csrf=" + token.group(1) + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        String response = exchange(port, from, "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Cookie: " + cookie.group(1) + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.US_ASCII).length + "\r\n\r\n" + body);
        return response.lines().findFirst().orElse("");
    }

    private static String exchange(int port, InetAddress from, String request) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
