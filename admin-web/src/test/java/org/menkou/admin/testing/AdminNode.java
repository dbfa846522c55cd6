package org.menkou.admin.testing;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.alarm.AlarmSettings;
import org.menkou.admin.auth.Role;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;

/**
 * One admin node of several on one database, as a separate process would run it: its own {@link Database} (opened
 * by the caller, closed here), its own {@link AdminApp}, a real Javalin on loopback. The first node on a database
 * seeds the demo content and the accounts of {@link AdminFixture} (password {@value AdminFixture#PASSWORD}); start
 * nodes one after another.
 */
public final class AdminNode implements AutoCloseable {
    public final Database db;
    public final AdminApp admin;
    private final Javalin app;
    private volatile boolean running;

    private AdminNode(Database db, AdminApp admin, Javalin app) {
        this.db = db;
        this.admin = admin;
        this.app = app;
        this.running = true;
    }

    /** Starts a node on {@code db} with the watch settings {@code alarms}; {@code dataDir} holds its files. */
    public static AdminNode start(Database db, Path dataDir, AlarmSettings alarms) {
        ContentStore store = ContentStore.open(db, Clock.systemUTC());
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
        AdminApp admin = new AdminApp(store, AdminSettings.defaults(dataDir).withBcryptCost(4))
                .withAlarmSettings(alarms);
        if (admin.users().isEmpty()) {
            admin.users().create("boss", "管理员甲", Role.ADMIN, null, AdminFixture.PASSWORD, false);
            admin.users().create("adviser", "顾问乙", Role.ADVISOR, null, AdminFixture.PASSWORD, false);
        }
        return new AdminNode(db, admin, admin.create().start("127.0.0.1", 0));
    }

    public int port() {
        return app.port();
    }

    public boolean running() {
        return running;
    }

    /** Stops the server as a planned shutdown does (the lease is given up); the database stays open. */
    public void stop() {
        if (running) {
            running = false;
            app.stop();
        }
    }

    /** A kiosk (or a monitor) talking to this node. */
    public KioskPoster kiosk() {
        return new KioskPoster(port());
    }

    /** Stops the server and closes the database. */
    @Override
    public void close() {
        stop();
        db.close();
    }
}
