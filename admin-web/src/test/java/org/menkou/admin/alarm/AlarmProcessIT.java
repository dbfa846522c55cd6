package org.menkou.admin.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TmuxSession;

/**
 * End to end with real processes: the admin jar on loopback, the kiosk jar in tmux with the simulated button.
 * Press → red screen (latency measured through tmux) → the board's live channel → acknowledge → the kiosk shows it;
 * SIGKILL of the kiosk right after the press → delivered once after restart; stopping the kiosk raises 终端离线 and
 * restarting clears it (heartbeat 2 s, offline after 6 s: the production 30 s / 90 s scaled by 1/15; the real 90 s
 * default is checked on a hand-moved clock in EscalationAndSupervisionTest).
 */
@Tag("integration")
@Tag("sqlite")
class AlarmProcessIT {
    static final Path ADMIN_JAR = Path.of("target", "menkou-admin.jar").toAbsolutePath();
    static final Path KIOSK_JAR = Path.of(System.getProperty("menkou.kiosk.jar", "../kiosk/target/menkou-kiosk.jar"))
            .toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void pressAcknowledgeKillRestartAndSupervision() throws Exception {
        assertThat(KIOSK_JAR).as("build the kiosk jar first: mvn -pl kiosk,admin-web -am verify").exists();
        Path server = tmp.resolve("server");
        ContentStore store = ContentStore.open(Database.openIn(server));
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
        AdminApp setup = new AdminApp(store, AdminSettings.defaults(server).withBcryptCost(4));
        setup.users().create("adviser", "顾问乙", Role.ADVISOR, null, "correct-horse-battery", false);
        setup.users().create("admin", "管理员", Role.ADMIN, null, "correct-horse-battery", false);
        String token = setup.kiosks().register("wt-station-1", "大厅", "test").token();
        String kioskId = setup.kiosks().all().get(0).id();

        Process admin = new ProcessBuilder("java", "-Djava.awt.headless=true", "-jar", ADMIN_JAR.toString(), "admin",
                "--data", server.toString(), "--port", "0", "--heartbeat-seconds", "2", "--offline-seconds", "6")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(admin.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("admin site: ")) {
                // skip the lines before the address
            }
            assertThat(line).isNotNull();
            String url = line.substring("admin site: ".length()).replaceAll("/$", "");
            int port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
            WebClient advisor = new WebClient(port);
            advisor.login("adviser", "correct-horse-battery");
            Path kioskData = tmp.resolve("kiosk");
            Files.createDirectories(kioskData);
            Path button = kioskData.resolve("button");
            Path pidFile = kioskData.resolve("pid");
            String kioskCommand = "echo $$ > " + pidFile + "; exec java -Dfile.encoding=UTF-8 -jar " + KIOSK_JAR
                    + " kiosk --data " + kioskData + " --button simulated:" + button + " --sync-seconds 2";

            try (BoardSocket board = new BoardSocket(port, advisor.cookie(AccessCheck.SESSION_COOKIE))) {
                TmuxSession kiosk = new TmuxSession(kioskCommand + " --server " + url + " --token " + token);
                try {
                    kiosk.waitFor("紧急呼叫", Duration.ofSeconds(90));
                    awaitButtonWatched(pidFile);
                    long pressed = System.nanoTime();
                    Files.writeString(button, "press\n", StandardOpenOption.APPEND);
                    String red = awaitCall(kiosk);
                    long shownMs = (System.nanoTime() - pressed) / 1_000_000;
                    assertThat(red).containsAnyOf("正在呼叫工作人员", "呼叫已发出");
                    BoardSocket.Message live = board.await("\"kind\":\"alarm\"", Duration.ofSeconds(10));
                    assertThat(live).as("the board heard it live").isNotNull();
                    System.out.printf("press -> red screen seen in tmux: %d ms; press -> board live message: %d ms%n",
                            shownMs, (live.nanos() - pressed) / 1_000_000);
                    long seq = seq(setup, 0);
                    advisor.get("/alarms");
                    advisor.post("/alarms/" + seq + "/acknowledge", Map.of());
                    kiosk.waitFor("工作人员已收到，正在赶来", Duration.ofSeconds(10));
                    kiosk.keys("BSpace");
                    assertThat(kiosk.waitFor("不能离开这一页", Duration.ofSeconds(5))).contains("工作人员已收到");
                    advisor.get("/alarms");
                    advisor.post("/alarms/" + seq + "/resolve", Map.of());
                    kiosk.waitFor("呼叫已处理", Duration.ofSeconds(10));
                    kiosk.keys("BSpace");
                    kiosk.waitFor("找服务", Duration.ofSeconds(10));
                    awaitButtonWatched(pidFile);

                    // SIGKILL right after the press, three times: each alarm arrives exactly once after the restart.
                    for (int trial = 1; trial <= 3; trial++) {
                        long again = System.nanoTime();
                        Files.writeString(button, "press\n", StandardOpenOption.APPEND);
                        awaitCall(kiosk);
                        System.out.printf("press %d -> red screen seen in tmux: %d ms%n", trial + 1,
                                (System.nanoTime() - again) / 1_000_000);
                        new ProcessBuilder("kill", "-KILL", Files.readString(pidFile).strip()).start().waitFor();
                        kiosk.close();
                        kiosk = new TmuxSession(kioskCommand);
                        kiosk.waitFor("呼叫已发出", Duration.ofSeconds(60));
                        assertThat(setup.alarms().alarms().all()).hasSize(1 + trial);
                        long s = seq(setup, trial);
                        advisor.get("/alarms");
                        advisor.post("/alarms/" + s + "/resolve", Map.of());
                        kiosk.waitFor("呼叫已处理", Duration.ofSeconds(10));
                        kiosk.keys("BSpace");
                        kiosk.waitFor("找服务", Duration.ofSeconds(10));
                        awaitButtonWatched(pidFile);
                    }

                    // Supervision: a stopped kiosk raises 终端离线; the restarted one clears it.
                    // A restart slower than 6 s raises 终端离线, which the restarted kiosk's heartbeat (every 2 s) clears.
                    await("the kiosk is back").atMost(Duration.ofSeconds(30))
                            .until(() -> !advisor.get("/alarms/rows").body().contains("终端离线"));
                    // Its clearing may still be on its way to the board: the next offline message must be the kill's.
                    assertThat(board.drainUntilQuiet(Duration.ofSeconds(1), Duration.ofSeconds(10)))
                            .as("the board falls quiet").isTrue();
                    long killed = System.nanoTime();
                    new ProcessBuilder("kill", "-KILL", Files.readString(pidFile).strip()).start().waitFor();
                    assertThat(board.await("\"kind\":\"offline\"", Duration.ofSeconds(15))).isNotNull();
                    long offlineAfterMs = (System.nanoTime() - killed) / 1_000_000;
                    System.out.printf("kiosk killed -> 终端离线 on the board: %d ms (heartbeat 2 s, offline after 6 s)%n",
                            offlineAfterMs);
                    assertThat(offlineAfterMs).isBetween(3_000L, 9_000L);
                    assertThat(advisor.get("/alarms/rows").body()).contains("终端离线", kioskId);
                    kiosk.close();
                    kiosk = new TmuxSession(kioskCommand);
                    kiosk.waitFor("找服务", Duration.ofSeconds(60));
                    assertThat(board.await("\"kind\":\"offline\"", Duration.ofSeconds(10))).as("cleared").isNotNull();
                    assertThat(advisor.get("/alarms/rows").body()).doesNotContain("终端离线");
                } finally {
                    kiosk.close();
                }
            }
            assertThat(setup.alarms().alarms().all()).hasSize(4);
            assertThat(setup.alarms().alarms().all().stream().map(Alarm::alarmId).distinct()).hasSize(4);
        } finally {
            admin.destroy();
            admin.waitFor();
        }
    }

    private static long seq(AdminApp app, int index) {
        return app.alarms().alarms().all().get(index).seq();
    }

    /**
     * Waits until the kiosk process whose pid is in {@code pidFile} watches its simulated button. A press written
     * before that is never seen (the button counts the file's lines when it starts), and the home screen is drawn
     * before the button starts: the button's poller thread ("simulated-button", which Linux shortens to 15
     * characters) shows that the count was taken.
     */
    private static void awaitButtonWatched(Path pidFile) {
        await("the kiosk watches its simulated button").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> threadNames(Long.parseLong(Files.readString(pidFile).strip())).contains("simulated-butto"));
    }

    /** The names of the threads of process {@code pid}, as Linux keeps them. */
    private static Set<String> threadNames(long pid) throws IOException {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.map(t -> t.resolve("comm")).filter(Files::isReadable).map(comm -> {
                try {
                    return Files.readString(comm).strip();
                } catch (IOException gone) {
                    return "";
                }
            }).collect(Collectors.toSet());
        }
    }

    /** Polls tmux as fast as it answers (a capture takes a few ms) until the screen shows a call in progress. */
    private static String awaitCall(TmuxSession kiosk) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = kiosk.screen();
            if (screen.contains("正在呼叫工作人员") || screen.contains("呼叫已发出")) {
                return screen;
            }
        }
        throw new AssertionError("never showed the call:\n" + screen);
    }
}
