package org.menkou.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.audit.AuditEntry;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.protocol.CommandResult;
import org.menkou.content.protocol.ContentPage;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.RemoteCommand;
import org.menkou.content.protocol.RemoteCommands;
import org.menkou.content.protocol.SyncJson;

/**
 * Remote commands over real HTTP: the admin's page asks (admins only, CSRF, confirmed, audited), the kiosk learns of
 * it from its content pull, fetches only its own and answers them; refused answers say why.
 */
@Tag("integration")
class KioskCommandApiTest {
    private final ObjectMapper json = SyncJson.strict();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void aKioskFetchesAndAnswersOnlyItsOwnCommandsWithBoundedResults() {
        AdminFixture f = new AdminFixture(dir);
        KioskRegistry.Registered a = f.admin.kiosks().register("wt-station-1", "一号", "test");
        KioskRegistry.Registered b = f.admin.kiosks().register("wt-station-1", "二号", "test");
        JavalinTest.test(f.app, (server, client) -> {
            String base = "http://127.0.0.1:" + server.port();
            assertThat(page(base, a.token()).commandsPending()).as("nothing asked yet").isFalse();
            KioskCommands.Command forA = f.admin.kioskCommands().request(a.kiosk().id(), RemoteCommand.Kind.SCREEN, "boss");
            KioskCommands.Command forB = f.admin.kioskCommands().request(b.kiosk().id(), RemoteCommand.Kind.SELF_TEST, "boss");
            assertThat(f.admin.kioskCommands().request(a.kiosk().id(), RemoteCommand.Kind.SCREEN, "boss").id())
                    .as("a second click while pending asks once").isEqualTo(forA.id());
            assertThat(page(base, a.token()).commandsPending()).isTrue();

            RemoteCommands mine = json.readValue(get(base + KioskApiPaths.COMMANDS, a.token()).body(), RemoteCommands.class);
            assertThat(mine.commands()).containsExactly(new RemoteCommand(forA.id(), RemoteCommand.Kind.SCREEN));

            HttpResponse<String> other = post(base, forB.id(), a.token(),
                    json.writeValueAsString(new CommandResult(true, "x")));
            assertThat(other.statusCode()).as("another kiosk's command").isEqualTo(404);
            assertThat(other.body()).contains("unknown_command");
            assertThat(post(base, 999_999, a.token(), json.writeValueAsString(new CommandResult(true, "x"))).statusCode())
                    .isEqualTo(404);
            assertThat(post(base, forA.id(), a.token(), "{\"ok\":true,\"text\":\"" + "屏".repeat(CommandResult.MAX_CHARS + 1)
                    + "\"}").body()).as("too long a text").contains("bad_result");
            assertThat(post(base, forA.id(), a.token(), "{\"ok\":true,\"text\":\"" + "x".repeat(70_000) + "\"}")
                    .statusCode()).as("too large a body").isEqualTo(413);
            assertThat(post(base, forA.id(), a.token(), "{\"ok\":true,\"text\":\"x\",\"extra\":1}").body())
                    .contains("unknown_field");
            assertThat(post(base, forA.id(), "not-a-token", "{}").statusCode()).isEqualTo(401);

            assertThat(post(base, forA.id(), a.token(), json.writeValueAsString(new CommandResult(true, "首页\n\n您好，张*英！")))
                    .statusCode()).isEqualTo(204);
            HttpResponse<String> again = post(base, forA.id(), a.token(), json.writeValueAsString(new CommandResult(true, "y")));
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("not_pending");
            assertThat(f.admin.kioskCommands().find(forA.id()).orElseThrow().result()).isEqualTo("首页\n\n您好，张*英！");
            assertThat(page(base, a.token()).commandsPending()).as("answered").isFalse();
            assertThat(page(base, b.token()).commandsPending()).as("b's still waits").isTrue();
        });
    }

    @Test
    void onlyAdminsAskAndEachActionIsConfirmedAndAudited() {
        AdminFixture f = new AdminFixture(dir);
        KioskRegistry.Registered k = f.admin.kiosks().register("wt-station-1", "一号", "test");
        String page = "/kiosks/" + k.kiosk().id();
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            assertThat(adviser.get(page).statusCode()).isEqualTo(403);
            adviser.get("/");
            assertThat(adviser.post(page + "/commands", Map.of("kind", "RESTART", "confirmed", "yes")).statusCode())
                    .isEqualTo(403);

            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            assertThat(boss.get("/kiosks").body()).contains("href=\"" + page + "\"");
            assertThat(boss.get("/kiosks/k-nosuch").statusCode()).isEqualTo(404);
            assertThat(boss.get(page).body()).contains("还没有取过这台终端的屏幕");
            assertThat(boss.postRaw(page + "/commands", Map.of("kind", "RESTART", "confirmed", "yes")).statusCode())
                    .as("no CSRF token").isEqualTo(403);
            assertThat(boss.post(page + "/commands", Map.of("kind", "FORMAT_DISK")).statusCode()).isEqualTo(400);
            HttpResponse<String> ask = boss.post(page + "/commands", Map.of("kind", "RESTART"));
            assertThat(ask.body()).as("asks first").contains("真的要重启");
            assertThat(f.admin.kioskCommands().history(k.kiosk().id(), 10)).isEmpty();
            assertThat(boss.post(page + "/commands", Map.of("kind", "RESTART", "confirmed", "yes")).statusCode())
                    .isEqualTo(302);
            assertThat(boss.post(page + "/commands", Map.of("kind", "SCREEN")).statusCode()).as("no question").isEqualTo(302);
            assertThat(f.admin.kioskCommands().history(k.kiosk().id(), 10)).extracting(KioskCommands.Command::kind)
                    .containsExactly(RemoteCommand.Kind.SCREEN, RemoteCommand.Kind.RESTART);
            assertThat(f.admin.audit().page(0, "KIOSK")).extracting(AuditEntry::action).contains("RESTART", "SCREEN");
            String shown = boss.get(page).body();
            assertThat(shown).contains("正在等终端回答").contains("http-equiv=\"refresh\"");

            assertThat(boss.post(page + "/offline-after", Map.of("seconds", "10")).statusCode()).isEqualTo(400);
            assertThat(boss.post(page + "/offline-after", Map.of("seconds", "600")).statusCode()).isEqualTo(302);
            assertThat(f.admin.kiosks().offlineAfter(k.kiosk().id())).hasValue(java.time.Duration.ofMinutes(10));
            assertThat(boss.get(page).body()).contains("value=\"600\"");
            assertThat(boss.post(page + "/offline-after", Map.of("seconds", "")).statusCode()).isEqualTo(302);
            assertThat(f.admin.kiosks().offlineAfter(k.kiosk().id())).isEmpty();
            assertThat(f.admin.audit().page(0, "KIOSK")).extracting(AuditEntry::action).contains("UPDATE");
        });
    }

    @Test
    void theKioskPageEscapesWhatTheKioskSent() {
        AdminFixture f = new AdminFixture(dir);
        KioskRegistry.Registered k = f.admin.kiosks().register("wt-station-1", "一号", "test");
        KioskCommands.Command c = f.admin.kioskCommands().request(k.kiosk().id(), RemoteCommand.Kind.SCREEN, "boss");
        f.admin.kioskCommands().complete(k.kiosk().id(), c.id(), new CommandResult(true, "<script>alert(1)</script>"));
        JavalinTest.test(f.app, (server, client) -> {
            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            String body = boss.get("/kiosks/" + k.kiosk().id()).body();
            assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                    .doesNotContain("http-equiv=\"refresh\"");
        });
    }

    private ContentPage page(String base, String token) throws Exception {
        return json.readValue(get(base + KioskApiPaths.content(0, 1), token).body(), ContentPage.class);
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String base, long id, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + KioskApiPaths.commandResult(id)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
