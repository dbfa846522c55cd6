package org.menkou.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.auth.Role;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine;

/** {@code menkou admin} options that change how the server answers, checked over real HTTP. */
@Tag("integration")
@Tag("sqlite")
class AdminCommandTest {
    private static final String PASSWORD = "correct-horse-battery";

    @TempDir
    Path dir;
    /** Servers started by this test, each on its own data directory. */
    private int servers;

    @Test
    void secureCookiesMarksEveryCookieSecure() {
        assertThat(loginCookies(new String[] {"--secure-cookies"})).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("; Secure").contains("HttpOnly"));
        assertThat(loginCookies(new String[0])).isNotEmpty().noneSatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void aLoadBalancerThatSaysItWasHttpsGetsSecureCookiesWithoutTheFlag() {
        assertThat(loginCookies(new String[0], "https")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("; Secure").contains("HttpOnly"));
        assertThat(loginCookies(new String[0], "http")).isNotEmpty()
                .noneSatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void theCentreSetsHowSoonRequestsMustBeContactedAndZeroIsRefused() {
        AdminCommand command = new AdminCommand();
        new CommandLine(command).parseArgs("--request-contact-days", "3", "--urgent-request-contact-hours", "4");
        assertThat(command.requestDeadlines()).isEqualTo(new org.menkou.admin.requests.RequestDeadlines(3,
                java.time.Duration.ofHours(4), java.time.ZoneId.of("Asia/Shanghai")));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            int exit = MenkouAdminCli.commandLine().execute("admin", "--data", dir.resolve("refused").toString(),
                    "--request-contact-days", "0");
            assertThat(exit).isEqualTo(2);
        } finally {
            System.setErr(before);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("--request-contact-days")
                .contains("at least 1");
        assertThat(dir.resolve("refused")).as("nothing is opened").doesNotExist();
    }

    private java.util.List<String> loginCookies(String[] args) {
        return loginCookies(args, null);
    }

    /** The cookies of a login page and a login, each request with {@code X-Forwarded-Proto: proto} unless null. */
    private java.util.List<String> loginCookies(String[] args, String proto) {
        AdminCommand command = new AdminCommand();
        new CommandLine(command).parseArgs(args);
        Path data = dir.resolve("server-" + ++servers);
        AdminSettings settings = command.settings(data).withBcryptCost(4);
        AdminApp admin = new AdminApp(ContentStore.open(Database.openSqlite(data.resolve("menkou.db")), Clock.systemUTC()), settings);
        admin.users().create("boss", "管理员甲", Role.ADMIN, null, PASSWORD, false);
        java.util.List<String> cookies = new java.util.ArrayList<>();
        JavalinTest.test(admin.create(), (server, client) -> {
            // A browser would not send Secure cookies over plain HTTP, so the login cookie is sent by hand here.
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> page = http.send(forwarded(HttpRequest.newBuilder(URI.create(base + "/login")), proto)
                    .build(), HttpResponse.BodyHandlers.ofString());
            cookies.addAll(page.headers().allValues("Set-Cookie"));
            Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).isTrue();
            String loginCookie = cookies.get(0).substring(0, cookies.get(0).indexOf(';'));
            HttpResponse<String> login = http.send(forwarded(HttpRequest.newBuilder(URI.create(base + "/login")), proto)
                    .header("Cookie", loginCookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token.group(1) + "&username=boss&password="
                            + PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            cookies.addAll(login.headers().allValues("Set-Cookie"));
            assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("menkou_session="));
        });
        return cookies;
    }

    private static HttpRequest.Builder forwarded(HttpRequest.Builder request, String proto) {
        return proto == null ? request : request.header("X-Forwarded-Proto", proto);
    }
}
