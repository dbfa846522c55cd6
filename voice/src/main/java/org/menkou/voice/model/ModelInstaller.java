package org.menkou.voice.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceOptions;

/**
 * Installs a Vosk model into {@code DATA/models/vosk-<lang>/}: downloads the archive (or takes a file, e.g. from a
 * USB stick), checks its size and SHA-256, unpacks it into a temporary directory beside the target and moves it into
 * place in one rename, so a kiosk never sees a half-installed model. Not thread-safe; one install at a time.
 */
public final class ModelInstaller {
    /** Told how many bytes of how many are done; called on the installing thread. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    private final Path dataDir;
    private final HttpClient http;
    private final Progress progress;

    public ModelInstaller(Path dataDir, HttpClient http, Progress progress) {
        this.dataDir = dataDir;
        this.http = http;
        this.progress = progress;
    }

    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** Downloads and installs; returns the model directory. */
    public Path download(ModelSource source) throws VoiceException, InterruptedException {
        Path models = modelsDir();
        Path part = models.resolve("." + source.fileName() + ".part");
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(source.url()).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new VoiceException("download failed: HTTP " + response.statusCode() + " from " + source.url());
                }
                copyChecked(body, part, source);
            }
            return unpack(part, source);
        } catch (IOException e) {
            throw new VoiceException("download failed from " + source.url() + ": " + e.getMessage()
                    + " (no network? copy the file and use --from FILE)", e);
        } finally {
            deleteQuietly(part);
        }
    }

    /** Installs from a local copy of the archive (checked like a download); returns the model directory. */
    public Path installFrom(ModelSource source, Path archive) throws VoiceException {
        if (!Files.isRegularFile(archive)) {
            throw new VoiceException("no such file: " + archive);
        }
        Path part = modelsDir().resolve("." + source.fileName() + ".part");
        try (InputStream in = Files.newInputStream(archive)) {
            copyChecked(in, part, source);
            return unpack(part, source);
        } catch (IOException e) {
            throw new VoiceException("cannot read " + archive + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(part);
        }
    }

    private Path modelsDir() throws VoiceException {
        Path models = dataDir.resolve("models");
        try {
            Files.createDirectories(models);
        } catch (IOException e) {
            throw new VoiceException("cannot create " + models + ": " + e.getMessage(), e);
        }
        return models;
    }

    /** Copies {@code in} to {@code target}, reporting progress, then checks size and SHA-256. */
    private void copyChecked(InputStream in, Path target, ModelSource source) throws IOException, VoiceException {
        MessageDigest sha = sha256();
        long done = 0;
        try (DigestInputStream digest = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = digest.read(buffer); n >= 0; n = digest.read(buffer)) {
                out.write(buffer, 0, n);
                done += n;
                if (done > source.size()) {
                    throw new VoiceException("the archive is larger than the expected " + source.size() + " bytes; not installed");
                }
                progress.update(done, source.size());
            }
        }
        if (done != source.size()) {
            throw new VoiceException("the archive has " + done + " bytes, expected " + source.size() + " (incomplete?); not installed");
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equals(source.sha256())) {
            throw new VoiceException("SHA-256 mismatch: got " + actual + ", expected " + source.sha256() + "; not installed");
        }
    }

    private Path unpack(Path archive, ModelSource source) throws VoiceException {
        Path target = VoiceOptions.modelDirectory(dataDir, source.language());
        return new ModelUnpacker(archive).installInto(target);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .part file is overwritten by the next attempt
        }
    }
}
