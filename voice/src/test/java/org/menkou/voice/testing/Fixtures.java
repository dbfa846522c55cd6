package org.menkou.voice.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceException;
import org.menkou.voice.audio.WavFiles;

/** The committed espeak-ng WAV fixtures and the English model unpacked by the build. */
public final class Fixtures {
    private Fixtures() {
    }

    /** One fixture: its file and the text spoken. */
    public record Clip(Path file, String text) {
        public Speech speech() throws VoiceException {
            return WavFiles.read(file);
        }
    }

    public static Path englishDir() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/en/transcripts.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In-grammar English commands (transcripts.tsv). */
    public static List<Clip> englishCommands() throws IOException {
        return clips(englishDir().resolve("transcripts.tsv"));
    }

    /** Out-of-grammar English utterances that must be rejected (rejects.tsv). */
    public static List<Clip> englishRejects() throws IOException {
        return clips(englishDir().resolve("rejects.tsv"));
    }

    private static List<Clip> clips(Path tsv) throws IOException {
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t")).map(f -> new Clip(tsv.getParent().resolve(f[0]), f[1])).toList();
    }

    /** A made-up Chinese vocabulary in the format of a Vosk graph/words.txt (test resource vocab-zh/). */
    public static org.menkou.voice.grammar.Vocabulary chineseTestVocabulary() {
        try {
            return org.menkou.voice.vosk.ModelVocabularyReader.read(
                    Path.of(Fixtures.class.getResource("/vocab-zh/README").toURI()).getParent());
        } catch (URISyntaxException | VoiceException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The English model unpacked from Maven Central's aar by the build (failsafe sets the property). */
    public static Path englishModel() {
        String dir = System.getProperty("menkou.test.model.en");
        if (dir == null || !Files.isRegularFile(Path.of(dir, "am", "final.mdl"))) {
            throw new IllegalStateException("English model not unpacked (run through 'mvn verify'): " + dir);
        }
        return Path.of(dir);
    }

    /** Concatenates clips with {@code gapMillis} of digital silence between and after them. */
    public static byte[] session(List<Speech> clips, int gapMillis) {
        int gap = 16 * gapMillis * 2;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Speech s : clips) {
            out.writeBytes(s.pcm());
            out.writeBytes(new byte[gap]);
        }
        return out.toByteArray();
    }
}
