package org.menkou.kiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menkou.content.store.ContentStore;
import org.menkou.content.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code menkou kiosk}: runs the kiosk on a data directory made by {@code menkou init}. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = "Run the kiosk on a data directory made by 'menkou init' (no server needed).")
final class KioskCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Override
    public Integer call() {
        Path dir = DataDirectory.resolve(data, System.getenv());
        KioskLogging.toDirectory(dir);
        ContentStore store = ContentStore.openIn(dir);
        System.out.println("kiosk: content version " + store.changes().currentVersion() + ", "
                + store.services().count() + " service items in " + store.file());
        System.out.println("kiosk: the terminal UI is not built yet (issue #3); nothing else to show.");
        return 0;
    }
}
