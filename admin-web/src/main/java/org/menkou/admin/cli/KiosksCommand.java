package org.menkou.admin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.api.KioskRegistry;
import org.menkou.content.ContentException;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code menkou kiosks add}: registers a kiosk for a station and prints its token once, for scripted roll-outs. */
@Command(name = "kiosks", mixinStandardHelpOptions = true, description = "Manage registered kiosks.",
        subcommands = KiosksCommand.Add.class)
final class KiosksCommand {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Register a kiosk for a station; prints the kiosk id and, on the last line, its token (shown only once).")
    static final class Add implements Callable<Integer> {
        @Mixin
        ServerStorage storage;

        @Option(names = "--station", required = true, description = "Station id, e.g. wt-station-1.")
        String station;

        @Option(names = "--label", defaultValue = "终端", description = "A name for the fleet page (default: ${DEFAULT-VALUE}).")
        String label;

        @Override
        public Integer call() {
            Path dir = storage.dataDir();
            try (Database database = storage.open()) {
                ContentStore store = ContentStore.open(database);
                if (store.stations().find(station).isEmpty()) {
                    throw new ContentException("no station '" + station + "' in " + database.location());
                }
                AdminApp admin = new AdminApp(store, AdminSettings.defaults(dir));
                KioskRegistry.Registered r = admin.kiosks().register(station, label, "cli");
                admin.audit().record("cli", "CREATE", "KIOSK", r.kiosk().id(), null, r.kiosk());
                System.out.println("kiosk " + r.kiosk().id() + " registered for " + station
                        + "; start it once with: ./menkou kiosk --server URL --token TOKEN");
                System.out.println(r.token());
            }
            return 0;
        }
    }
}
