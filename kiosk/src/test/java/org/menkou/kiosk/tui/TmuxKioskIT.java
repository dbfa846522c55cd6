package org.menkou.kiosk.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TmuxSession;

/** Starts {@code ./menkou kiosk} in a real tmux session, types like a resident and reads the screen back. */
@Tag("integration")
class TmuxKioskIT {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void residentWalksFromHomeToAServiceItemAndBackHome() throws Exception {
        Path data = tmp.resolve("data");
        Process init = new ProcessBuilder("java", "-jar", ROOT.resolve("kiosk/target/menkou-kiosk.jar").toString(),
                "init", "--data", data.toString()).redirectErrorStream(true).start();
        assertThat(new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("seeded");
        assertThat(init.waitFor(60, TimeUnit.SECONDS)).isTrue();
        ContentStore store = ContentStore.open(Database.openIn(data));
        ServiceCategory category = store.categories().all().get(0);
        ServiceItem item = store.services().inCategory(category.id()).get(0);

        try (TmuxSession kiosk = new TmuxSession(ROOT.resolve("menkou") + " kiosk --data " + data
                + "; echo KIOSK-EXITED $?; sleep 60")) {
            kiosk.waitFor("▶ 1  找服务");
            kiosk.keys("1");
            kiosk.waitFor("请选择服务类别");
            kiosk.keys("1");
            kiosk.waitFor("1  " + item.name());
            kiosk.keys("Enter");
            assertThat(kiosk.waitFor("【谁可以用】")).contains(item.name());
            kiosk.keys("0");
            assertThat(kiosk.waitFor("9  紧急呼叫")).doesNotContain("【谁可以用】");
            kiosk.keys("C-c");
            assertThat(kiosk.waitFor("KIOSK-EXITED")).contains("KIOSK-EXITED 0");
        }
        assertThat(Files.readString(data.resolve("logs/kiosk.log"), StandardCharsets.UTF_8)).doesNotContain("ERROR");
    }
}
