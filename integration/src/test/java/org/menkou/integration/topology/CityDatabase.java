package org.menkou.integration.topology;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.auth.Role;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.PostgresCluster;

/**
 * A city's shared database for a topology test: a fresh PostgreSQL database with the demo content, an advisor
 * ({@value #PASSWORD}), and an in-process {@link AdminApp} (never started) through which the test registers kiosks
 * and reads what the nodes stored. The test closes it after its nodes.
 */
public final class CityDatabase implements AutoCloseable {
    public static final String PASSWORD = "correct-horse-battery";
    public final String url;
    public final Database database;
    public final ContentStore store;
    public final AdminApp admin;

    private CityDatabase(String url, Database database, Path dir) {
        this.url = url;
        this.database = database;
        this.store = ContentStore.open(database, Clock.systemUTC());
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
        this.admin = new AdminApp(store, AdminSettings.defaults(dir).withBcryptCost(4));
        admin.users().create("adviser", "顾问乙", Role.ADVISOR, null, PASSWORD, false);
    }

    /** A new database on {@code cluster}; {@code dir} holds the in-process app's files. */
    public static CityDatabase on(PostgresCluster cluster, Path dir) {
        String url = cluster.newDatabase();
        return new CityDatabase(url, Database.open(url, dir), dir);
    }

    /** Registers a kiosk at {@code station} and returns its bearer token. */
    public String kioskToken(String station, String label) {
        return admin.kiosks().register(station, label, "test").token();
    }

    @Override
    public void close() {
        database.close();
    }
}
