package org.menkou.voice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceLanguage;

/** The installer against a real HTTP server on loopback serving small zips (the real Chinese zip is not reachable here). */
@Tag("integration")
class ModelInstallerIT {
    @TempDir
    Path data;
    private HttpServer server;
    private final List<long[]> progress = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] smallModelZip() throws IOException {
        return zip(Map.of("vosk-model-small-cn-0.22/am/final.mdl", "acoustic model", "vosk-model-small-cn-0.22/conf/model.conf",
                "--min-active=200", "vosk-model-small-cn-0.22/graph/words.txt", "<eps> 0\n返回 1\n"));
    }

    private URI serve(String path, byte[] body, int status) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static ModelSource sourceFor(byte[] zip, URI url) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
        return new ModelSource(VoiceLanguage.ZH_CN, url, zip.length, sha);
    }

    private ModelInstaller installer() {
        return new ModelInstaller(data, ModelInstaller.defaultHttpClient(), (done, total) -> progress.add(new long[] {done, total}));
    }

    @Test
    void downloadsChecksAndUnpacksTheModelWithProgress() throws Exception {
        byte[] zip = smallModelZip();
        ModelSource source = sourceFor(zip, serve("/vosk-model-small-cn-0.22.zip", zip, 200));

        Path installed = installer().download(source);

        assertThat(installed).isEqualTo(data.resolve("models/vosk-zh-CN"));
        assertThat(installed.resolve("am/final.mdl")).hasContent("acoustic model");
        assertThat(installed.resolve("graph/words.txt")).exists();
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(zip.length, zip.length);
        assertThat(Files.list(data.resolve("models")).map(p -> p.getFileName().toString())).containsExactly("vosk-zh-CN");
    }

    @Test
    void aHashMismatchInstallsNothing() throws Exception {
        byte[] zip = smallModelZip();
        URI url = serve("/model.zip", zip, 200);
        ModelSource wrong = new ModelSource(VoiceLanguage.ZH_CN, url, zip.length, "0".repeat(64));

        assertThatThrownBy(() -> installer().download(wrong)).isInstanceOf(VoiceException.class)
                .hasMessageContaining("SHA-256 mismatch").hasMessageContaining("not installed");
        assertThat(data.resolve("models/vosk-zh-CN")).doesNotExist();
        assertThat(Files.list(data.resolve("models"))).isEmpty();
    }

    @Test
    void aTruncatedDownloadOrHttpErrorInstallsNothing() throws Exception {
        byte[] zip = smallModelZip();
        ModelSource longer = new ModelSource(VoiceLanguage.ZH_CN, serve("/short.zip", zip, 200), zip.length + 10, "0".repeat(64));
        assertThatThrownBy(() -> installer().download(longer)).hasMessageContaining("incomplete");

        ModelSource missing = sourceFor(zip, serve("/missing.zip", new byte[0], 404));
        assertThatThrownBy(() -> installer().download(missing)).hasMessageContaining("HTTP 404");
        assertThat(data.resolve("models/vosk-zh-CN")).doesNotExist();
    }

    @Test
    void installsFromAFileAndReplacesAnOldModelInOneStep() throws Exception {
        Path old = Files.createDirectories(data.resolve("models/vosk-zh-CN/am"));
        Files.writeString(old.resolve("final.mdl"), "old model");
        Files.writeString(old.resolve("stale.txt"), "stale");
        byte[] zip = smallModelZip();
        Path usb = Files.write(data.resolve("usb.zip"), zip);

        Path installed = installer().installFrom(sourceFor(zip, URI.create("file:///usb/model.zip")), usb);

        assertThat(installed.resolve("am/final.mdl")).hasContent("acoustic model");
        assertThat(installed.resolve("am/stale.txt")).doesNotExist();
        assertThat(installer().installFrom(sourceFor(zip, URI.create("file:///x.zip")), usb)).isEqualTo(installed);
        assertThatThrownBy(() -> installer().installFrom(sourceFor(zip, URI.create("file:///x.zip")), data.resolve("nope.zip")))
                .hasMessageContaining("no such file");
    }

    @Test
    void refusesArchivesWithoutAModelOrWithEntriesEscapingTheDirectory() throws Exception {
        byte[] noModel = zip(Map.of("readme.txt", "hello"));
        Path file = Files.write(data.resolve("a.zip"), noModel);
        assertThatThrownBy(() -> installer().installFrom(sourceFor(noModel, URI.create("file:///a.zip")), file))
                .hasMessageContaining("no Vosk model");

        byte[] evil = zip(Map.of("m/am/final.mdl", "x", "m/../../../evil.txt", "boom"));
        Path evilFile = Files.write(data.resolve("evil.zip"), evil);
        assertThatThrownBy(() -> installer().installFrom(sourceFor(evil, URI.create("file:///evil.zip")), evilFile))
                .hasMessageContaining("outside");
        assertThat(data.resolve("models/vosk-zh-CN")).doesNotExist();
    }

    @Test
    void installsTheEnglishModelFromMavenCentralsAar() throws Exception {
        Path aar = Path.of(System.getProperty("menkou.test.aar.en"));

        Path installed = installer().installFrom(ModelSource.official(VoiceLanguage.EN), aar);

        assertThat(installed).isEqualTo(data.resolve("models/vosk-en"));
        assertThat(installed.resolve("am/final.mdl")).exists();
        assertThat(installed.resolve("graph/Gr.fst")).exists();
    }
}
