package org.menkou.kiosk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.menkou.content.CentreZone;
import org.menkou.content.DataDirectory;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code menkou init}: creates and seeds a data directory; running it again changes nothing. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create and seed a data directory with the demo content, then exit. Idempotent.")
final class InitCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Override
    public Integer call() {
        Path dir = DataDirectory.resolve(data, System.getenv());
        KioskLogging.toDirectory(dir);
        try (Database database = Database.openIn(dir)) {
            System.out.println(initialise(database));
        }
        return 0;
    }

    /** Seeds {@code database} if it is new; returns a one-line report for the person who ran it. */
    static String initialise(Database database) {
        ContentStore store = ContentStore.open(database);
        boolean seeded = new DemoSeed().seedIfEmpty(store, LocalDate.now(CentreZone.DEFAULT));
        String state = seeded ? "seeded with the demo content" : "already seeded on " + store.meta(DemoSeed.SEEDED_ON).orElse("?") + ", unchanged";
        return "database " + database.location() + ": " + state + " (content version " + store.changes().currentVersion() + ")";
    }
}
