package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.testing.TmuxSession;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.KioskAlarm;

/**
 * A standalone kiosk ({@code ./menkou init} then {@code ./menkou kiosk}, no server, no staff PIN) in real tmux: the
 * simulated red button raises a journalled call that says whom to phone, F12 on it is the same call, the call is
 * still there after a restart, and the confirmed choice ends it for good.
 */
@Tag("integration")
class TmuxAlarmRestartIT {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private TmuxSession kiosk(Path data, Path presses) throws Exception {
        return new TmuxSession(ROOT.resolve("menkou") + " kiosk --data " + data + " --no-voice --button simulated:"
                + presses + "; echo KIOSK-EXITED $?; sleep 60");
    }

    @Test
    void aStandaloneCallSurvivesARestartAndIsEndedByTheConfirmedChoice() throws Exception {
        Path data = tmp.resolve("data");
        Path presses = tmp.resolve("presses");
        Process init = new ProcessBuilder("java", "-jar", ROOT.resolve("kiosk/target/menkou-kiosk.jar").toString(),
                "init", "--data", data.toString()).redirectErrorStream(true).start();
        init.getInputStream().readAllBytes();
        assertThat(init.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (TmuxSession first = kiosk(data, presses)) {
            first.waitFor("▶ 1  找服务");
            Files.writeString(presses, "press\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            first.waitFor("请打电话求助");
            assertThat(first.waitFor("按1结束呼叫")).contains("120", "110", "1  结束呼叫");
            first.keys("F12");
            first.waitFor("已经在呼叫了");
            first.keys("0");
            assertThat(first.screen()).as("0 does not leave the call").contains("请打电话求助");
            first.keys("C-c");
            first.waitFor("KIOSK-EXITED");
        }
        AlarmJournal journal = AlarmJournal.open(Database.openSqlite(data.resolve("menkou.db")), Clock.systemUTC());
        KioskAlarm call = journal.newest().orElseThrow();
        assertThat(call.source()).isEqualTo(AlarmSource.BUTTON);
        assertThat(journal.unfinished()).as("one press, one F12: one call").hasSize(1);

        try (TmuxSession second = kiosk(data, presses)) {
            second.waitFor("请打电话求助");
            second.keys("1");
            second.waitFor("结束这次呼叫吗");
            second.keys("BSpace");
            second.waitFor("1  结束呼叫");
            second.keys("1");
            second.waitFor("结束这次呼叫吗");
            second.keys("1");
            second.waitFor("呼叫已结束");
            second.waitFor("按确认或返回键回首页");
            second.keys("Enter");
            second.waitFor("9  紧急呼叫");
            second.keys("C-c");
            second.waitFor("KIOSK-EXITED");
        }
        assertThat(journal.find(call.id()).orElseThrow().phase()).isEqualTo(KioskAlarm.Phase.CANCELLED);

        try (TmuxSession third = kiosk(data, presses)) {
            assertThat(third.waitFor("▶ 1  找服务")).doesNotContain("紧急呼叫 ！！");
            third.keys("C-c");
            third.waitFor("KIOSK-EXITED");
        }
        assertThat(Files.readString(data.resolve("logs/kiosk.log"), StandardCharsets.UTF_8)).doesNotContain("ERROR");
    }
}
