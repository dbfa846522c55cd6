package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.card.CardKind;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TmuxSession;

/**
 * The real kiosk process in tmux: a scanner's burst typed into its terminal identifies the resident from any screen,
 * while a person typing digits one by one still navigates exactly as before.
 */
@Tag("integration")
class TmuxCardScanIT {
    static final Path KIOSK_JAR = TmuxKioskIT.ROOT.resolve("kiosk/target/menkou-kiosk.jar");

    @TempDir
    Path tmp;

    @Test
    void aScannerBurstIdentifiesTheResidentAndKeypadDigitsTypedSlowlyStillNavigate() throws Exception {
        Path data = tmp.resolve("data");
        Process init = new ProcessBuilder("java", "-jar", KIOSK_JAR.toString(), "init", "--data", data.toString())
                .redirectErrorStream(true).start();
        init.getInputStream().readAllBytes();
        assertThat(init.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String payload;
        ContentStore store = ContentStore.open(Database.openIn(data));
        payload = CardIssuer.forDataDirectory(data, store, Clock.systemDefaultZone(), Period.ofYears(5))
                .issue("r-7k2m9q").payload();

        try (TmuxSession kiosk = new TmuxSession("java -Dfile.encoding=UTF-8 -jar " + KIOSK_JAR + " kiosk --data " + data
                + "; echo KIOSK-EXITED $?; sleep 60")) {
            kiosk.waitFor("9  紧急呼叫");
            // A person on the keypad: one digit at a time, each a separate keystroke with a pause between.
            kiosk.keys("4");
            kiosk.waitFor("最近的通知和活动");
            Thread.sleep(150);
            kiosk.keys("0");
            kiosk.waitFor("▶ 1  找服务");
            kiosk.keys("5");
            kiosk.waitFor("对准扫码");
            kiosk.keys("0");
            kiosk.waitFor("▶ 1  找服务");
            kiosk.keys("3");
            kiosk.waitFor("想了解哪项政策");

            kiosk.typeBurst(payload);
            String greeting = kiosk.waitFor("您好，张*英");
            assertThat(greeting).contains("80岁以上", "我的订餐").doesNotContain("MK1").doesNotContain("张桂英");

            kiosk.typeBurst("https://pay.example.com/qr?id=12345");
            assertThat(kiosk.waitFor("不是居民服务卡")).doesNotContain("pay.example").doesNotContain("张*英");

            // The session lasts through going home: home names the resident and 5 ends the session.
            kiosk.typeBurst(payload);
            assertThat(kiosk.waitFor("您好，张*英")).contains("1  订餐", "2  我的订餐");
            kiosk.keys("1");
            kiosk.waitFor("订哪一天的饭");
            kiosk.keys("0");
            assertThat(kiosk.waitFor("张*英，您好")).contains("5  结束");
            kiosk.keys("5");
            assertThat(kiosk.waitFor("再见，祝您身体健康")).contains("5  刷码").doesNotContain("张*英");

            kiosk.typeBurst(payload);
            kiosk.waitFor("您好，张*英");
            kiosk.keys("0");
            String home = kiosk.waitFor("再见，祝您身体健康");
            assertThat(home).contains("9  紧急呼叫").doesNotContain("张*英");
            kiosk.keys("C-c");
            assertThat(kiosk.waitFor("KIOSK-EXITED")).contains("KIOSK-EXITED 0");
        }
        String log = Files.readString(data.resolve("logs/kiosk.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("card scan: " + CardKind.RESIDENT_CARD.label(), "card scan: " + CardKind.FOREIGN.label())
                .doesNotContain(payload).doesNotContain("pay.example").doesNotContain("ERROR");
    }
}
