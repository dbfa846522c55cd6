package org.menkou.journeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 3 by the devices, on the demo's kiosk: the red button ({@code --button simulated:FILE}: each line appended
 * to FILE is a press) and the voice ({@code --mic-file WAV} with the English model installed by
 * {@code ./menkou model install --lang en}; the WAV says "help me" after four seconds of silence, made with espeak-ng
 * and sox). The spoken call comes first: the microphone file is heard from the start.
 */
@Tag("journey")
@ExtendWith(JourneyEvidence.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmergencyDevicesJourney implements JourneyEvidence.Witness {
    private DemoRun demo;
    private StaffBrowser browser;
    private AlarmBoard board;
    private Path button;

    @Override
    public DemoRun demo() {
        return demo;
    }

    @Override
    public StaffBrowser browser() {
        return browser;
    }

    @BeforeAll
    void startDemo() throws Exception {
        demo = DemoRun.start(directory -> {
            Checkout.menkou(directory, Duration.ofSeconds(240), "model", "install", "--lang", "en", "--data",
                    directory.resolve("data").toString());
            Path silence = directory.resolve("silence.wav");
            Path spoken = directory.resolve("spoken.wav");
            Path spoken16k = directory.resolve("spoken-16k.wav");
            Path mic = directory.resolve("mic.wav");
            Duration tools = Duration.ofSeconds(30);
            Checkout.run(directory, tools, List.of("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", silence.toString(), "trim", "0", "4"));
            Checkout.run(directory, tools, List.of("espeak-ng", "-v", "en", "-w", spoken.toString(), "help me"));
            Checkout.run(directory, tools, List.of("sox", spoken.toString(), "-r", "16000", "-c", "1", "-b", "16", spoken16k.toString()));
            Checkout.run(directory, tools, List.of("sox", silence.toString(), spoken16k.toString(), silence.toString(), mic.toString()));
            button = directory.resolve("button");
            return List.of("--lang", "en", "--mic-file", mic.toString(), "--button", "simulated:" + button);
        });
        browser = demo.adminBrowser();
        board = new AlarmBoard(browser, demo);
    }

    @AfterAll
    void stopDemo() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void sayingHelpMe() throws Exception {
        demo.kiosk.waitUntil("the alarm page after \"help me\"", AlarmBoard::showsAlarmPage, Duration.ofSeconds(60));
        board.exactlyOneNewAlarmAcknowledgedAndClosed(0, "saying \"help me\"");
    }

    @Test
    @Order(2)
    void theRedButton() throws Exception {
        demo.kiosk.press("0");
        int before = board.count();
        Files.writeString(button, "press\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        demo.kiosk.waitUntil("the alarm page after the button", AlarmBoard::showsAlarmPage, Duration.ofSeconds(5));
        board.exactlyOneNewAlarmAcknowledgedAndClosed(before, "the red button");
    }
}
