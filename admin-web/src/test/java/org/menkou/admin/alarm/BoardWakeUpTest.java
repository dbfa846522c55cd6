package org.menkou.admin.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.auth.Role;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.KioskPoster;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TestDatabases;

/**
 * The board's wake-up through the database's signals, in one process: two apps on one {@link Database} (one set of
 * signals: in process on SQLite, through the server on PostgreSQL), a board on the second, alarms posted through the
 * first's kiosk API.
 */
@Tag("integration")
class BoardWakeUpTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void anAlarmPostedThroughOneAppReachesABoardOfTheOtherWithinASecond() throws Exception {
        try (Database db = TestDatabases.server(dir)) {
            ContentStore store = ContentStore.open(db, Clock.systemUTC());
            new DemoSeed().seedIfEmpty(store, LocalDate.now());
            AdminApp first = new AdminApp(store, AdminSettings.defaults(dir).withBcryptCost(4));
            first.users().create("adviser", "顾问乙", Role.ADVISOR, null, AdminFixture.PASSWORD, false);
            AdminApp second = new AdminApp(store, AdminSettings.defaults(dir).withBcryptCost(4));
            Javalin a = first.create().start("127.0.0.1", 0);
            Javalin b = second.create().start("127.0.0.1", 0);
            try (BoardProbe board = BoardProbe.loggedIn(b.port(), second.alarms().feed(), "adviser", AdminFixture.PASSWORD)) {
                String token = first.kiosks().register("wt-station-1", "大厅", "test").token();
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    board.clear();
                    long posted = System.nanoTime();
                    new KioskPoster(a.port()).alarm(token);
                    millis.add((board.awaitAlarm(Duration.ofSeconds(5)) - posted) / 1_000_000);
                }
                System.out.printf("one process: alarm posted through one app → board of the other in %s ms%n", millis);
                assertThat(millis).as("ms from the post to the other app's board")
                        .allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
            } finally {
                a.stop();
                b.stop();
            }
        }
    }
}
