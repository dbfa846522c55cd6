package org.menkou.kiosk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;

/** A real SQLite store in a temporary directory, seeded with the demo content for a given day. */
public final class SeededStore {
    private SeededStore() {
    }

    public static ContentStore create(Path dir, LocalDate day) {
        ContentStore store = ContentStore.open(Database.openSqlite(dir.resolve("menkou.db")), Clock.systemUTC());
        new DemoSeed().seedIfEmpty(store, day);
        return store;
    }
}
