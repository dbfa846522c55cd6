package org.menkou.admin.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.protocol.ReleaseKey;
import org.menkou.content.protocol.ReleaseManifest;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.release.ReleaseKeyFiles;
import org.menkou.content.release.ReleaseSigning;

/**
 * The releases page and the kiosk release routes over real HTTP: an upload is signed and offered to its test station's
 * kiosks only, then to all; refused uploads and stage changes say why; only admins reach the page.
 */
@Tag("integration")
class ReleaseRoutesTest {
    @TempDir
    Path dir;

    /** A jar of about 1.5 MB that does not compress: larger than any other body the site takes. */
    static byte[] jar() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            JarEntry e = new JarEntry("data.bin");
            e.setMethod(ZipEntry.DEFLATED);
            out.putNextEntry(e);
            byte[] noise = new byte[1536 * 1024];
            new Random(7).nextBytes(noise);
            out.write(noise);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static HttpResponse<byte[]> kiosk(int port, String token, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anUploadIsSignedAndGoesToTheTestStationFirstThenToAll() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        String first = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        String second = f.admin.kiosks().register("wt-station-2", "二号", "test").token();
        byte[] jar = jar();
        JavalinTest.test(f.app, (server, client) -> {
            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            assertThat(boss.get("/kiosks").body()).contains("href=\"/releases\"");
            assertThat(boss.get("/releases").body()).contains("还没有发布过终端软件")
                    .contains(ReleaseSigning.encodePublic(f.admin.releases().publicKey()));
            assertThat(boss.postMultipart("/releases/upload", Map.of("version", "1.1-test", "station", "wt-station-1"),
                    "jar", "menkou-kiosk.jar", jar).statusCode()).isEqualTo(302);
            assertThat(boss.get("/releases").body()).contains("1.1-test").contains("只在试用站点");

            HttpResponse<byte[]> offer = kiosk(server.port(), first, "/api/kiosk/v1/release");
            assertThat(offer.statusCode()).isEqualTo(200);
            ReleaseManifest m = SyncJson.strict().readValue(offer.body(), ReleaseManifest.class);
            ReleaseKey key = SyncJson.strict().readValue(kiosk(server.port(), first, "/api/kiosk/v1/release-key").body(),
                    ReleaseKey.class);
            assertThat(ReleaseSigning.signedBy(m, ReleaseSigning.decodePublic(key.publicKey()))).isTrue();
            assertThat(m.size()).isEqualTo(jar.length);
            assertThat(kiosk(server.port(), first, "/api/kiosk/v1/releases/1.1-test/jar").body()).isEqualTo(jar);
            assertThat(ReleaseSigning.signedBy(new ReleaseManifest("1.2", m.sha256(), m.size(), m.signature()),
                    ReleaseSigning.decodePublic(key.publicKey()))).as("the signature covers the version").isFalse();

            assertThat(kiosk(server.port(), second, "/api/kiosk/v1/release").statusCode()).isEqualTo(204);
            HttpResponse<byte[]> early = kiosk(server.port(), second, "/api/kiosk/v1/releases/1.1-test/jar");
            assertThat(early.statusCode()).isEqualTo(404);
            assertThat(new String(early.body())).contains("no_release");

            String beat = "{\"events\":[{\"id\":\"beat-" + java.util.UUID.randomUUID() + "\",\"type\":\"heartbeat\",\"at\":\"" + java.time.Instant.now()
                    + "\",\"payload\":{\"contentVersion\":0,\"appVersion\":\"1.0\",\"voiceModelInstalled\":false,"
                    + "\"voiceStatus\":\"no-model\",\"update\":{\"state\":\"STAGED\",\"running\":\"1.0\","
                    + "\"previous\":null,\"target\":\"1.1-test\",\"detail\":null}}}]}";
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/kiosk/v1/events")).header("Authorization", "Bearer " + first)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(beat)).build(),
                    HttpResponse.BodyHandlers.ofString())).satisfies(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
            assertThat(boss.get("/kiosks").body()).contains("1.0 · 已下载 1.1-test，等空闲时更换");

            boss.get("/releases");
            assertThat(boss.post("/releases/1.1-test/stage", Map.of("to", "all")).statusCode()).isEqualTo(302);
            assertThat(kiosk(server.port(), second, "/api/kiosk/v1/release").statusCode()).isEqualTo(200);
            assertThat(f.admin.audit().page(0, "KIOSK_RELEASE")).extracting(e -> e.action())
                    .containsExactlyInAnyOrder("RELEASE_PUBLISH", "RELEASE_STAGE");
        });
        var keys = ReleaseKeyFiles.in(dir);
        assertThat(Files.getPosixFilePermissions(keys.privateKeyFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(keys.privateKeyFile()).isNotEqualTo(dir.resolve("keys").resolve("card-signing.key"));
        assertThat(f.admin.releases().jarFile("1.1-test")).hasBinaryContent(jar);
    }

    @Test
    void refusedUploadsAndStagesSayWhyAndOnlyAdminsReachThePage() throws Exception {
        AdminFixture f = new AdminFixture(dir);
        String token = f.admin.kiosks().register("wt-station-1", "一号", "test").token();
        byte[] jar = jar();
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            assertThat(adviser.get("/releases").statusCode()).isEqualTo(403);
            adviser.get("/");
            // A small file: the refusal comes before the body is read, and a large unread body may reset the connection.
            assertThat(adviser.postMultipart("/releases/upload", Map.of("version", "9", "station", "wt-station-1"),
                    "jar", "a.jar", new byte[] {'P', 'K'}).statusCode()).isEqualTo(403);

            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            boss.get("/releases");
            HttpResponse<String> badVersion = boss.postMultipart("/releases/upload",
                    Map.of("version", "1 1<", "station", "wt-station-1"), "jar", "a.jar", jar);
            assertThat(badVersion.statusCode()).isEqualTo(400);
            assertThat(badVersion.body()).contains("the version must be");
            HttpResponse<String> notJar = boss.postMultipart("/releases/upload",
                    Map.of("version", "2.0", "station", "wt-station-1"), "jar", "a.jar", "hello".getBytes());
            assertThat(notJar.statusCode()).isEqualTo(400);
            assertThat(notJar.body()).contains("not a jar");
            HttpResponse<String> noStation = boss.postMultipart("/releases/upload",
                    Map.of("version", "2.0", "station", "nowhere"), "jar", "a.jar", jar);
            assertThat(noStation.statusCode()).isEqualTo(400);
            assertThat(noStation.body()).contains("请选择先试用新软件的站点");
            HttpResponse<String> noCsrf = boss.postRaw("/releases/upload", Map.of("version", "2.0"));
            assertThat(noCsrf.statusCode()).isEqualTo(403);
            assertThat(boss.postMultipart("/releases/upload", Map.of("version", "2.0", "station", "wt-station-1"),
                    "jar", "a.jar", jar).statusCode()).isEqualTo(302);
            HttpResponse<String> twice = boss.postMultipart("/releases/upload",
                    Map.of("version", "2.0", "station", "wt-station-1"), "jar", "a.jar", jar);
            assertThat(twice.statusCode()).isEqualTo(400);
            assertThat(twice.body()).contains("already published");
            assertThat(boss.post("/releases/2.0/stage", Map.of("percent", "101")).statusCode()).isEqualTo(400);
            assertThat(boss.post("/releases/7.7/stage", Map.of("to", "all")).statusCode()).isEqualTo(404);

            HttpResponse<byte[]> unknown = kiosk(server.port(), token, "/api/kiosk/v1/releases/7.7/jar");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(new String(unknown.body())).contains("no_release").contains("not assigned");
            assertThat(kiosk(server.port(), "mk1.wrong", "/api/kiosk/v1/release").statusCode()).isEqualTo(401);
        });
        assertThat(f.admin.releases().all()).extracting(Release::version).containsExactly("2.0");
    }
}
