package org.menkou.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.Ui;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.Heard;
import org.menkou.voice.MissReason;
import org.menkou.voice.VoiceLanguage;

/** When the driver listens: after the model has loaded (waiting without polling), and not after a device failure. */
class VoiceDriverListeningTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static ContentStore store;

    @TempDir
    static Path dir;

    @BeforeAll
    static void seed() {
        store = SeededStore.create(dir, DAY);
    }

    Navigator navigator() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return new KioskApp(store, new MutableClock(DAY.atTime(9, 0).atZone(zone).toInstant(), zone), "wt-station-1",
                KioskFeatures.builder().language(VoiceLanguage.ZH_CN).build()).navigator();
    }

    @Test
    void whileTheModelLoadsTheDriverWaitsWithoutPollingAndListensOnceItIsReady() throws Exception {
        ScriptedVoice voice = new ScriptedVoice(VoiceLanguage.ZH_CN);
        try (VoiceDriver driver = new VoiceDriver(voice, key -> CompletableFuture.completedFuture(false))) {
            int callsBefore = voice.statusCalls.get();
            driver.show(navigator().view());

            assertThat(voice.turns.poll(1_500, TimeUnit.MILLISECONDS)).as("no turn while the model loads").isNull();
            voice.modelLoaded.complete(null);
            assertThat(voice.turns.poll(10, TimeUnit.SECONDS)).as("a turn once the model is ready").isNotNull();
            // A loop checking the status every 100 ms would have asked about 15 times while the model loaded.
            assertThat(voice.statusCalls.get() - callsBefore).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aFailedMicrophoneIsSaidOnceAndListeningStopsUntilTheTalkButton() throws Exception {
        ScriptedVoice voice = new ScriptedVoice(VoiceLanguage.ZH_CN).loaded();
        voice.answers.add(new Heard.Miss(MissReason.AUDIO_DEVICE_FAILED, ""));
        List<MissReason> told = new CopyOnWriteArrayList<>();
        CompletableFuture<MissReason> first = new CompletableFuture<>();
        Navigator nav = navigator();
        try (VoiceDriver driver = new VoiceDriver(voice, key -> CompletableFuture.completedFuture(false), reason -> {
            told.add(reason);
            first.complete(reason);
        })) {
            driver.show(nav.view());
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(MissReason.AUDIO_DEVICE_FAILED);
            assertThat(voice.said).contains(Ui.VOICE_MIC_FAILED.in(VoiceLanguage.ZH_CN));

            assertThat(voice.turns).hasSize(1);
            voice.turns.clear();
            driver.show(nav.view());
            assertThat(voice.turns.poll(1, TimeUnit.SECONDS)).as("no listening on the next screen").isNull();

            voice.turns.clear();
            driver.talk();
            assertThat(voice.turns.poll(10, TimeUnit.SECONDS)).as("the talk button listens again").isNotNull();
            assertThat(told).containsExactly(MissReason.AUDIO_DEVICE_FAILED);
        }
    }

    @Test
    void aRecogniserErrorIsSaidAsSuch() throws Exception {
        ScriptedVoice voice = new ScriptedVoice(VoiceLanguage.EN).loaded();
        voice.answers.add(new Heard.Miss(MissReason.ENGINE_ERROR, ""));
        CompletableFuture<MissReason> told = new CompletableFuture<>();
        try (VoiceDriver driver = new VoiceDriver(voice, key -> CompletableFuture.completedFuture(false), told::complete)) {
            driver.show(navigator().view());
            assertThat(told.get(10, TimeUnit.SECONDS)).isEqualTo(MissReason.ENGINE_ERROR);
            assertThat(voice.said).contains(Ui.VOICE_ENGINE_FAILED.in(VoiceLanguage.EN));
        }
    }
}
