package org.menkou.admin.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.menkou.admin.backup.Restorer;
import org.menkou.content.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menkou restore}: a backup archive back as a server data directory, with the server stopped. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup made by 'menkou backup' as a server's data directory. The server must be"
                + " stopped. The archive is checked whole first; nothing changes if it is damaged.",
                "Kiosks resynchronise their content by themselves at their next sync."})
final class RestoreCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, description = "The backup archive.")
    Path from;

    @Option(names = "--data", description = "The data directory to restore (default: $MENKOU_DATA or ./data).")
    Path data;

    @Option(names = "--force", description = "Restore over a data directory with files in it; they are moved into"
            + " DIR/before-restore-TIMESTAMP/, not deleted.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = DataDirectory.resolve(data, System.getenv());
        Restorer.Restored restored = new Restorer(Clock.systemDefaultZone()).restore(from, dir, force);
        var out = spec.commandLine().getOut();
        restored.movedAside().ifPresent(p -> out.println("moved the earlier files of the data directory to " + p));
        out.println("restored " + dir + " from " + from.toAbsolutePath() + " (backup of " + restored.manifest().createdAt()
                + ", content version " + restored.manifest().contentVersion() + "); start the server again");
        out.flush();
        return 0;
    }
}
