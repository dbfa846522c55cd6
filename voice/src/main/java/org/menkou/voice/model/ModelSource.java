package org.menkou.voice.model;

import java.net.URI;
import java.util.Objects;
import org.menkou.voice.VoiceLanguage;

/**
 * Where a language's Vosk model comes from and how to check it.
 *
 * @param url    the archive to download (a zip, or an Android aar holding the model under {@code assets/})
 * @param size   its exact size in bytes
 * @param sha256 its SHA-256, lower-case hex
 */
public record ModelSource(VoiceLanguage language, URI url, long size, String sha256) {
    public ModelSource {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(url, "url");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("SHA-256 must be 64 lower-case hex digits: " + sha256);
        }
    }

    /** The official models: the small Chinese model, and Maven Central's English aar. */
    public static ModelSource official(VoiceLanguage language) {
        return switch (language) {
            case ZH_CN -> new ModelSource(language, URI.create("https://alphacephei.com/vosk/models/vosk-model-small-cn-0.22.zip"),
                    43_898_754L, "3af8b0e7e0f835ae9d414ce5df580237a3cfb08d586c9fbbb0f7ff29ad5b14ba");
            case EN -> new ModelSource(language, URI.create(
                    "https://repo1.maven.org/maven2/com/alphacephei/vosk-model-en/0.3.45/vosk-model-en-0.3.45.aar"),
                    41_185_783L, "8a5792fccaf873b4745dbd1b3fe19d8a77a15898e806674020eea820424771cd");
        };
    }

    public ModelSource withUrl(URI other) {
        return new ModelSource(language, other, size, sha256);
    }

    /** The archive's file name (last path segment of the URL). */
    public String fileName() {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
