package org.menkou.admin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.content.ContentException;
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code menkou stations add|list}: the places kiosks are registered for, from a shell, so a new server can take its
 * first kiosks before anyone has logged in to the admin site (where the 站点 page edits the same rows).
 */
@Command(name = "stations", mixinStandardHelpOptions = true, description = "Add and list stations (站点).",
        subcommands = {StationsCommand.Add.class, StationsCommand.ListStations.class})
final class StationsCommand {
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a station, or change the one with this id; kiosks take it at their next sync.")
    static final class Add implements Callable<Integer> {
        @Mixin
        ServerStorage storage;

        @Option(names = "--id", required = true, description = "Lower-case letters, digits and -, e.g. wt-station-1.")
        String id;

        @Option(names = "--kind", defaultValue = "STATION",
                description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        StationKind kind;

        @Option(names = "--name", required = true, description = "The name residents see, at most 40 characters.")
        String name;

        @Option(names = "--address", required = true)
        String address;

        @Option(names = "--hours", required = true,
                description = "Opening hours as residents read them, e.g. 周一至周五 8:30-17:00.")
        String hours;

        @Option(names = "--phone", required = true, description = "The station's phone number.")
        String phone;

        @Option(names = "--parent", description = "The id of the centre it belongs to.")
        String parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Station station = new Station(id, kind, name, address, hours, phone, parent);
            try (Database database = storage.open()) {
                ContentStore store = ContentStore.open(database);
                if (parent != null && store.stations().find(parent).isEmpty()) {
                    throw new ContentException("no station '" + parent + "' to belong to");
                }
                Station before = store.stations().find(id).orElse(null);
                store.stations().save(station);
                new AdminApp(store, AdminSettings.defaults(storage.dataDir())).audit()
                        .record("cli", before == null ? "CREATE" : "UPDATE", "STATION", id, before, station);
                spec.commandLine().getOut().println((before == null ? "added " : "changed ") + id + " " + station.name());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per station: id, kind, name.")
    static final class ListStations implements Callable<Integer> {
        @Mixin
        ServerStorage storage;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Database database = storage.open()) {
                PrintWriter out = spec.commandLine().getOut();
                for (Station s : ContentStore.open(database).stations().all()) {
                    out.printf("%-16s %-8s %s%n", s.id(), s.kind(), s.name());
                }
                out.flush();
            }
            return 0;
        }
    }
}
