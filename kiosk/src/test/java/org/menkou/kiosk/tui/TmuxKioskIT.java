package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;
import org.menkou.content.store.ContentStore;

/** Starts {@code ./menkou kiosk} in a real tmux session, types like a resident and reads the screen back. */
@Tag("integration")
class TmuxKioskIT {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    String socket;
    Path data;

    @BeforeEach
    void start() throws Exception {
        socket = "menkou-it-" + UUID.randomUUID();
        data = tmp.resolve("data");
        assertThat(run("java", "-jar", ROOT.resolve("kiosk/target/menkou-kiosk.jar").toString(), "init", "--data", data.toString()))
                .contains("seeded");
        tmux("new-session", "-d", "-x", "80", "-y", "24", "-e", "LANG=C.UTF-8",
                ROOT.resolve("menkou") + " kiosk --data " + data + "; echo KIOSK-EXITED $?; sleep 60");
    }

    @AfterEach
    void stop() throws Exception {
        tmux("kill-server");
    }

    @Test
    void residentWalksFromHomeToAServiceItemAndBackHome() throws Exception {
        ContentStore store = ContentStore.openIn(data);
        ServiceCategory category = store.categories().all().get(0);
        ServiceItem item = store.services().inCategory(category.id()).get(0);

        waitFor("▶ 1  找服务");
        keys("1");
        waitFor("请选择服务类别");
        keys("1");
        waitFor("1  " + item.name());
        keys("Enter");
        String detail = waitFor("【谁可以用】");
        assertThat(detail).contains(item.name());
        keys("0");
        String home = waitFor("9  紧急呼叫");
        assertThat(home).doesNotContain("【谁可以用】");

        keys("C-c");
        assertThat(waitFor("KIOSK-EXITED")).contains("KIOSK-EXITED 0");
        assertThat(Files.readString(data.resolve("logs/kiosk.log"), StandardCharsets.UTF_8)).doesNotContain("ERROR");
    }

    private void keys(String key) throws Exception {
        tmux("send-keys", "-t", "0", key);
    }

    /** Polls the pane until it shows {@code text}; returns the pane. */
    private String waitFor(String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String pane = "";
        while (Instant.now().isBefore(deadline)) {
            pane = tmux("capture-pane", "-p", "-t", "0");
            if (pane.contains(text)) {
                return pane;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("screen never showed '" + text + "'; last screen:\n" + pane);
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return out;
    }
}
