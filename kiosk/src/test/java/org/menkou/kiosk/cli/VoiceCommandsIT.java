package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code menkou model install} and {@code menkou voice-eval} through the packaged kiosk jar. */
@Tag("integration")
class VoiceCommandsIT {
    @TempDir
    Path tmp;

    private static byte[] modelZip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("vosk-model-small-cn-0.22/am/final.mdl"));
            zip.write(new byte[200_000]);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void modelInstallDownloadsFromAMirrorWithAProgressBar() throws Exception {
        byte[] zip = modelZip();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/m.zip", ex -> {
            ex.sendResponseHeaders(200, zip.length);
            ex.getResponseBody().write(zip);
            ex.close();
        });
        server.start();
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
            InitCommandIT.Result r = InitCommandIT.run("java", "-jar", InitCommandIT.JAR.toString(), "model", "install",
                    "--data", tmp.toString(), "--url", "http://127.0.0.1:" + server.getAddress().getPort() + "/m.zip",
                    "--expect-sha256", sha, "--expect-size", Integer.toString(zip.length));
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(r.out()).contains("100%").contains("zh-CN speech model installed").contains("SHA-256 verified");
            assertThat(tmp.resolve("models/vosk-zh-CN/am/final.mdl")).exists();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void modelInstallFromAWrongFileSaysWhyInOneLineAndInstallsNothing() throws Exception {
        Path usb = Files.write(tmp.resolve("usb.zip"), modelZip());
        InitCommandIT.Result r = InitCommandIT.run("java", "-jar", InitCommandIT.JAR.toString(), "model", "install",
                "--data", tmp.toString(), "--from", usb.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("menkou: the archive has").contains("expected 43898754").doesNotContain("Exception");
        assertThat(tmp.resolve("models/vosk-zh-CN")).doesNotExist();

        InitCommandIT.Result badLang = InitCommandIT.run("java", "-jar", InitCommandIT.JAR.toString(), "model", "install",
                "--data", tmp.toString(), "--lang", "fr");
        assertThat(badLang.exit()).isEqualTo(2);
        assertThat(badLang.out()).contains("unknown language 'fr'");
    }

    @Test
    void voiceEvalInTextModePrintsTheSummaryAsJson() throws Exception {
        Path tsv = Files.writeString(tmp.resolve("texts.tsv"), "定餐\t订餐\n看正测\t看政策\n今天天气很好\t\n返回\t返回\n", StandardCharsets.UTF_8);
        InitCommandIT.Result r = InitCommandIT.run("java", "-jar", InitCommandIT.JAR.toString(), "voice-eval", "--text",
                tsv.toString(), "--json");
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("files", "accuracy", "cer", "rtf", "latency_p50_ms", "latency_p95_ms");
        assertThat(json.get("files").asInt()).isEqualTo(4);
        assertThat(json.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("rtf").isNull()).isTrue();
    }

    @Test
    void voiceEvalOnAudioWithoutAModelSaysSoClearly() throws Exception {
        Path audio = Files.createDirectories(tmp.resolve("audio"));
        Files.writeString(audio.resolve("transcripts.tsv"), "a.wav\t返回\n", StandardCharsets.UTF_8);
        InitCommandIT.Result r = InitCommandIT.run("java", "-jar", InitCommandIT.JAR.toString(), "voice-eval", "--audio",
                audio.toString(), "--data", tmp.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("No speech model installed").contains("menkou model install").doesNotContain("Exception");
    }
}
