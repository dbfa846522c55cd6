package org.menkou.voice.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.TargetDataLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.voice.GlobalCommand;
import org.menkou.voice.Heard;
import org.menkou.voice.KioskVoice;
import org.menkou.voice.MissReason;
import org.menkou.voice.PcmFormat;
import org.menkou.voice.Phrase;
import org.menkou.voice.Speech;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceOptions;
import org.menkou.voice.VoiceStatus;
import org.menkou.voice.audio.WavFiles;
import org.menkou.voice.testing.Fixtures;
import org.menkou.voice.testing.Tones;

/** The public API as the kiosk will use it: real Vosk (English model), real TTS, a mic file and a speaker file. */
@Tag("integration")
class KioskVoiceIT {
    static final List<Phrase> HOME = List.of(new Phrase("services", "find services", 1), new Phrase("policies", "policies", 2));
    /**
     * When the resident calls out during the kiosk's speech. The barge-in listens from the moment the speaker takes
     * the text, before its first sentence is synthesised; on a busy machine that takes longer than saying one word.
     */
    private static final int BARGE_IN_AFTER_MILLIS = 4_000;

    @TempDir
    Path data;

    private Path installEnglishModel() throws Exception {
        Path models = Files.createDirectories(data.resolve("models"));
        return Files.createSymbolicLink(models.resolve("vosk-en"), Fixtures.englishModel());
    }

    private Path micFile(String... texts) throws Exception {
        return micFile(0, texts);
    }

    /** A microphone that hears {@code leadMillis} of silence, then each of {@code texts} with a pause after it. */
    private Path micFile(int leadMillis, String... texts) throws Exception {
        List<Fixtures.Clip> all = Fixtures.englishCommands();
        List<Speech> clips = new java.util.ArrayList<>();
        for (String text : texts) {
            clips.add(all.stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow().speech());
        }
        java.io.ByteArrayOutputStream pcm = new java.io.ByteArrayOutputStream();
        pcm.writeBytes(Tones.silence(leadMillis));
        pcm.writeBytes(Fixtures.session(clips, 1300));
        Path file = data.resolve("mic.wav");
        WavFiles.write(new Speech(pcm.toByteArray(), PcmFormat.SPEECH_16K), file);
        return file;
    }

    private static void awaitModel(KioskVoice voice) {
        await("the speech model loaded").atMost(Duration.ofSeconds(60))
                .until(() -> voice.status().model() != VoiceStatus.ModelState.LOADING);
    }

    @Test
    void listensToAMicFileAndSpeaksIntoASpeakerFile() throws Exception {
        installEnglishModel();
        Path speakerFile = data.resolve("speaker.wav");
        VoiceOptions options = VoiceOptions.defaults(data).withLanguage(VoiceLanguage.EN)
                .withMicFile(micFile("find services", "back")).withSpeakerFile(speakerFile);
        try (KioskVoice voice = VoiceSetup.open(options)) {
            voice.speaker().sayPrompt("Welcome. Say find services, or press 1.");
            awaitModel(voice);
            VoiceStatus status = voice.status();
            assertThat(status.model()).isEqualTo(VoiceStatus.ModelState.READY);
            assertThat(status.microphone()).isEqualTo(VoiceStatus.DeviceState.FILE);
            assertThat(status.speaker()).isEqualTo(VoiceStatus.DeviceState.FILE);
            assertThat(voice.speaker().awaitSilence(20_000)).isTrue();

            Heard first = voice.listener().listen(HOME);
            Heard second = voice.listener().listen(HOME);
            Heard third = voice.listener().listen(HOME);

            assertThat(((Heard.ScreenPhrase) first).phrase().id()).isEqualTo("services");
            assertThat(((Heard.Command) second).command()).isEqualTo(GlobalCommand.BACK);
            assertThat(third).isEqualTo(new Heard.Miss(MissReason.SILENCE, ""));
        }
        assertThat(WavFiles.read(speakerFile).durationMillis()).isBetween(1_500L, 10_000L);
    }

    @Test
    void withoutAModelTheStatusSaysSoInBothLanguagesAndListeningMissesAtOnce() throws Exception {
        VoiceOptions options = VoiceOptions.defaults(data).withMicFile(micFile("back")).withSpeakerFile(data.resolve("s.wav"));
        try (KioskVoice voice = VoiceSetup.open(options)) {
            VoiceStatus status = voice.status();

            assertThat(status.model()).isEqualTo(VoiceStatus.ModelState.NOT_INSTALLED);
            assertThat(status.modelMessage().chinese()).contains("未安装语音模型", "menkou model install");
            assertThat(status.modelMessage().english()).contains("No speech model installed").doesNotContain("\n");
            assertThat(status.canListen()).isFalse();
            assertThat(voice.listener().ask(HOME)).isEqualTo(new Heard.Miss(MissReason.MODEL_NOT_READY, ""));
        }
    }

    @Test
    void withoutASoundCardTheMicrophoneAndSpeakerAreReportedAbsent() throws Exception {
        assumeFalse(AudioSystem.isLineSupported(new DataLine.Info(TargetDataLine.class, WavFiles.javaFormat(PcmFormat.SPEECH_16K))),
                "this machine has a microphone");
        try (KioskVoice voice = VoiceSetup.open(VoiceOptions.defaults(data))) {
            VoiceStatus status = voice.status();

            assertThat(status.microphone()).isEqualTo(VoiceStatus.DeviceState.ABSENT);
            assertThat(status.microphoneMessage().in(VoiceLanguage.ZH_CN)).isEqualTo("未找到麦克风，请用按键操作。");
            assertThat(status.speaker()).isEqualTo(VoiceStatus.DeviceState.ABSENT);
            assertThat(status.speakerMessage().english()).startsWith("No speaker found");
            assertThat(voice.listener().listen(HOME)).isEqualTo(new Heard.Miss(MissReason.NO_MICROPHONE, ""));
            voice.speaker().say("没有扬声器也不出错。");
            assertThat(voice.speaker().awaitSilence(10_000)).isTrue();
        }
    }

    @Test
    void emergencyBargesInWhileTheKioskIsSpeaking() throws Exception {
        installEnglishModel();
        Path speakerFile = data.resolve("speaker.wav");
        VoiceOptions options = VoiceOptions.defaults(data).withLanguage(VoiceLanguage.EN)
                .withMicFile(micFile(BARGE_IN_AFTER_MILLIS, "emergency")).withSpeakerFile(speakerFile);
        String longText = "Here is the list of services at this station. The canteen opens at half past eleven. "
                + "The library is open every afternoon. The doctor visits on Tuesday mornings. Please choose one.";
        CountDownLatch emergency = new CountDownLatch(1);
        try (KioskVoice voice = VoiceSetup.open(options)) {
            awaitModel(voice);
            voice.listener().onEmergencyBargeIn(emergency::countDown);
            voice.speaker().say(longText);

            assertThat(emergency.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(voice.speaker().awaitSilence(2_000)).isTrue();
        }
        long spoken = WavFiles.read(speakerFile).durationMillis();
        assertThat(spoken).isLessThan(8_000);
    }
}
