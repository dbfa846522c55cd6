package org.menkou.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TmuxSession;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Speech;
import org.menkou.voice.audio.WavFiles;

/**
 * The real kiosk process in tmux, in English, driven by voice alone: a WAV file stands in for the microphone (espeak-ng
 * recordings of English commands, committed in the voice module), real Vosk with the English model from Maven
 * Central, speech written to a speaker file. No key is pressed until the staff exit.
 */
@Tag("integration")
class VoiceKioskIT {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path CLIPS = ROOT.resolve("voice/src/test/resources/fixtures/en");
    static final Path MODEL = ROOT.resolve("voice/target/vosk-model-en/assets/model-en-us");
    /** Silence after each clip; the file is read only while the kiosk listens, so this is the pause a speaker leaves. */
    static final int GAP_MS = 2_500;

    @TempDir
    Path tmp;

    /**
     * Home → services → the first category → its fifth item (助浴) → "Apply for it" → the third half-day offered →
     * "confirm" at the read-back: a walk-in's request, kept by a kiosk without a server, by voice alone.
     */
    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void inEnglishAWalkInAsksForAServiceByVoiceAlone() throws Exception {
        Path data = seededDataWithEnglishModel();
        ContentStore store = ContentStore.open(Database.openIn(data));
        ServiceCategory first = store.categories().all().get(0);
        ServiceItem item = store.services().inCategory(first.id()).get(4);
        store.database().close();

        try (TmuxSession kiosk = kioskListeningTo(data, "find_services-en-us-150", "one-en-us-150", "five-en-gb-x-rp-130",
                "one-en-us_f3-170", "third-en-us-150", "confirm-en-us-150")) {
            assertThat(kiosk.waitFor("8 中文", Duration.ofSeconds(60))).contains("1  Find services", "9  Emergency");
            assertThat(kiosk.waitFor("[Who can use it]", Duration.ofSeconds(180))).contains(item.name());
            kiosk.waitFor("When suits you?", Duration.ofSeconds(90));
            assertThat(words(kiosk.waitFor("Confirm?", Duration.ofSeconds(90)))).contains("I will come to the station");
            String result = words(kiosk.waitFor("Saved", Duration.ofSeconds(90)));
            assertThat(result).contains("apply for " + item.name());
            stop(kiosk);
        }
        assertThat(WavFiles.read(tmp.resolve("speaker.wav")).durationMillis()).as("screens were read aloud").isGreaterThan(2_000);
        assertThat(Files.readString(data.resolve("logs/kiosk.log"), StandardCharsets.UTF_8))
                .contains("heard 'confirm'").doesNotContain("ERROR");
    }

    /** Six spoken steps, each heard only after the kiosk has read its screen aloud: about three minutes. */
    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void inEnglishAWalkInBooksAMealByVoiceAloneAndConfirmsByVoice() throws Exception {
        Path data = seededDataWithEnglishModel();
        // meals → 订餐 → the second day offered (明天 or 后天) → 午餐 → A套餐 → "confirm" at the read-back.
        try (TmuxSession kiosk = kioskListeningTo(data, "meals-en-us-150", "one-en-us-150", "two-en-us-150",
                "one-en-us_f3-170", "one-en-gb-x-rp-130", "confirm-en-us-150")) {
            kiosk.waitFor("Is that right?", Duration.ofSeconds(300));
            String result = kiosk.waitFor("Saved, not yet confirmed", Duration.ofSeconds(60));
            // A line may end between "A" and "套餐" (which day is offered changes the line's length).
            assertThat(result.replaceAll("[┃\\s]+", "")).contains("lunch", "A套餐");
            stop(kiosk);
        }
        assertThat(Files.readString(data.resolve("logs/kiosk.log"), StandardCharsets.UTF_8))
                .contains("heard 'confirm'").doesNotContain("ERROR");
    }

    /** The screen's text with the box and line breaks taken out: words wrapped across lines read as one line. */
    private static String words(String screen) {
        return screen.replaceAll("[┃\\s]+", " ");
    }

    private Path seededDataWithEnglishModel() throws Exception {
        assertThat(MODEL.resolve("am/final.mdl")).as("English model unpacked by the voice module's build").exists();
        Path data = tmp.resolve("data");
        Process init = new ProcessBuilder("java", "-jar", ROOT.resolve("kiosk/target/menkou-kiosk.jar").toString(),
                "init", "--data", data.toString()).redirectErrorStream(true).start();
        init.getInputStream().readAllBytes();
        assertThat(init.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.createDirectories(data.resolve("models"));
        Files.createSymbolicLink(data.resolve("models/vosk-en"), MODEL);
        return data;
    }

    /** The kiosk in English in tmux, its microphone a script of the given clips, its speech going to speaker.wav. */
    private TmuxSession kioskListeningTo(Path data, String... clips) throws Exception {
        Path mic = tmp.resolve("mic.wav");
        writeSession(mic, clips);
        return new TmuxSession(ROOT.resolve("menkou") + " kiosk --data " + data + " --lang en --mic-file " + mic
                + " --speaker-file " + tmp.resolve("speaker.wav") + "; echo KIOSK-EXITED $?; sleep 60");
    }

    private static void stop(TmuxSession kiosk) throws Exception {
        kiosk.keys("C-c");
        assertThat(kiosk.waitFor("KIOSK-EXITED")).contains("KIOSK-EXITED 0");
    }

    /** The recorded command clips named (command-voice-speed), each followed by {@value #GAP_MS} ms of silence. */
    private static void writeSession(Path file, String... commands) throws Exception {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (String command : commands) {
            pcm.writeBytes(WavFiles.read(CLIPS.resolve("cmd-" + command + ".wav")).pcm());
            pcm.writeBytes(new byte[PcmFormat.SPEECH_16K.sampleRateHz() / 1000 * GAP_MS * 2]);
        }
        WavFiles.write(new Speech(pcm.toByteArray(), PcmFormat.SPEECH_16K), file);
    }
}
