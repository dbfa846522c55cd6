package org.menkou.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.auth.InitialAdmin;
import org.menkou.admin.auth.LoginThrottle;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TestDatabases;

/** First start, password change, cookies and the login rate limit, over real HTTP. */
@Tag("integration")
class AccountTest {
    @TempDir
    Path dir;

    @Test
    void firstStartCreatesAnAdminWithAOneTimePasswordThatMustBeChanged() throws Exception {
        ContentStore store = ContentStore.open(TestDatabases.server(dir), Clock.systemUTC());
        AdminApp admin = new AdminApp(store, AdminSettings.defaults(dir).withBcryptCost(4));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String password = admin.ensureInitialAdmin(new PrintStream(out, true, StandardCharsets.UTF_8)).orElseThrow();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(password);
        Path file = dir.resolve(InitialAdmin.FILE_NAME);
        assertThat(Files.readString(file)).contains(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(admin.ensureInitialAdmin(new PrintStream(new ByteArrayOutputStream()))).as("only once").isEmpty();
        JavalinTest.test(admin.create(), (server, client) -> {
            WebClient web = new WebClient(server.port());
            HttpResponse<String> login = web.login("admin", password);
            assertThat(login.headers().firstValue("Location")).hasValue("/account/password");
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c ->
                    assertThat(c).startsWith("menkou_session=").contains("HttpOnly").contains("SameSite=Strict"));
            assertThat(web.get("/users").headers().firstValue("Location")).as("other pages wait").hasValue("/account/password");
            web.get("/account/password");
            HttpResponse<String> weak = web.post("/account/password", Map.of("currentPassword", password,
                    "newPassword", "short", "repeatPassword", "short"));
            assertThat(weak.statusCode()).isEqualTo(400);
            assertThat(weak.body()).contains("至少 10 位");
            web.post("/account/password", Map.of("currentPassword", password, "newPassword", "a-new-long-password",
                    "repeatPassword", "a-new-long-password"));
            assertThat(file).doesNotExist();
            assertThat(web.get("/users").statusCode()).isEqualTo(200);
            assertThat(new WebClient(server.port()).login("admin", password).statusCode()).isEqualTo(401);
            assertThat(new WebClient(server.port()).login("admin", "a-new-long-password").statusCode()).isEqualTo(302);
        });
    }

    @Test
    void loginsAreRateLimitedAndLoginNeedsItsCsrfToken() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient web = new WebClient(server.port());
            web.get("/login");
            assertThat(web.postRaw("/login", Map.of("username", "boss", "password", AdminFixture.PASSWORD)).statusCode())
                    .as("no login token").isEqualTo(403);
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertThat(web.login("boss", "wrong-password-" + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> blocked = web.login("boss", AdminFixture.PASSWORD);
            assertThat(blocked.statusCode()).isEqualTo(429);
            assertThat(blocked.body()).contains("尝试次数太多");
        });
    }

    @Test
    void loggingOutEndsTheSession() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient web = new WebClient(server.port());
            web.login("boss", AdminFixture.PASSWORD);
            assertThat(web.get("/").statusCode()).isEqualTo(200);
            web.post("/logout", Map.of());
            assertThat(web.get("/").statusCode()).isEqualTo(302);
        });
    }
}
