package org.menkou.admin.testing;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.auth.Role;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TestDatabases;

/**
 * An admin server on a temporary database ({@link TestDatabases#server}: SQLite, or PostgreSQL in the build's second
 * run) seeded with the demo content, with one account per role (password
 * {@value #PASSWORD}) and a cheap bcrypt cost. The caller starts and stops {@link #app}.
 */
public final class AdminFixture {
    public static final String PASSWORD = "correct-horse-battery";
    public final ContentStore store;
    public final AdminApp admin;
    public final Javalin app;

    public AdminFixture(Path dir) {
        this(dir, Duration.ofSeconds(30));
    }

    public AdminFixture(Path dir, Duration heartbeat) {
        this(dir, heartbeat, Clock.systemUTC());
    }

    /** @param clock the server's clock (sessions, audit, booking cutoffs) */
    public AdminFixture(Path dir, Duration heartbeat, Clock clock) {
        this(dir, TestDatabases.server(dir), heartbeat, clock);
    }

    /** A server on {@code database} (the caller closes it), files in {@code dir}. */
    public AdminFixture(Path dir, Database database) {
        this(dir, database, Duration.ofSeconds(30), Clock.systemUTC());
    }

    private AdminFixture(Path dir, Database database, Duration heartbeat, Clock clock) {
        store = ContentStore.open(database, Clock.systemUTC());
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
        admin = new AdminApp(store, AdminSettings.defaults(dir).withBcryptCost(4).withHeartbeat(heartbeat)
                .withClock(clock));
        if (admin.users().isEmpty()) {
            admin.users().create("boss", "管理员甲", Role.ADMIN, null, PASSWORD, false);
            admin.users().create("adviser", "顾问乙", Role.ADVISOR, null, PASSWORD, false);
            admin.users().create("vol", "志愿者丙", Role.VOLUNTEER, "wt-station-1", PASSWORD, false);
        }
        app = admin.create();
    }
}
