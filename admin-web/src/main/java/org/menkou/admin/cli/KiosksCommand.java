package org.menkou.admin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.api.KioskRegistry;
import org.menkou.content.ContentException;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code menkou kiosks add}: registers a kiosk for a station and prints its token once, for scripted roll-outs;
 * {@code menkou kiosks list}: what each kiosk last reported, for a volunteer checking an install from a shell.
 */
@Command(name = "kiosks", mixinStandardHelpOptions = true, description = "Manage registered kiosks.",
        subcommands = {KiosksCommand.Add.class, KiosksCommand.ListKiosks.class})
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

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path dir = storage.dataDir();
            try (Database database = storage.open()) {
                ContentStore store = ContentStore.open(database);
                if (store.stations().find(station).isEmpty()) {
                    throw new ContentException("no station '" + station + "' in " + database.location()
                            + "; add it first: stations add --id " + station + " --name ... (or on the admin site's 站点 page)");
                }
                AdminApp admin = new AdminApp(store, AdminSettings.defaults(dir));
                KioskRegistry.Registered r = admin.kiosks().register(station, label, "cli");
                admin.audit().record("cli", "CREATE", "KIOSK", r.kiosk().id(), null, r.kiosk());
                PrintWriter out = spec.commandLine().getOut();
                out.println("kiosk " + r.kiosk().id() + " registered for " + station
                        + "; start it once with: ./menkou kiosk --server URL --token TOKEN");
                out.println(r.token());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"One line per registered kiosk: id, station, the version it runs and its update state, its"
                    + " content version, and when its last heartbeat arrived (UTC) and how long ago, or 'never'."})
    static final class ListKiosks implements Callable<Integer> {
        @Mixin
        ServerStorage storage;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database database = storage.open()) {
                AdminApp admin = new AdminApp(ContentStore.open(database), AdminSettings.defaults(storage.dataDir()));
                Instant now = Instant.now();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-14s %-14s %-12s %-12s %-8s %s%n", "KIOSK", "STATION", "VERSION", "UPDATE", "CONTENT",
                        "LAST HEARTBEAT");
                for (Kiosk k : admin.kiosks().all()) {
                    out.println(line(k, now));
                }
                out.flush();
            }
            return 0;
        }

        static String line(Kiosk k, Instant now) {
            String heartbeat = k.lastHeartbeat() == null ? "never" : k.lastHeartbeat().truncatedTo(ChronoUnit.SECONDS)
                    + " (" + Duration.between(k.lastHeartbeat(), now).toSeconds() + " s ago)";
            return String.format("%-14s %-14s %-12s %-12s %-8s %s%s", k.id(), k.stationId(),
                    k.appVersion() == null ? "-" : k.appVersion(), k.update() == null ? "-" : k.update().state(),
                    k.contentVersion() == null ? "-" : k.contentVersion(), heartbeat, k.revoked() ? " revoked" : "");
        }
    }
}
