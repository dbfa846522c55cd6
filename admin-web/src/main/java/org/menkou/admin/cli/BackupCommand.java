package org.menkou.admin.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.menkou.admin.backup.BackupException;
import org.menkou.admin.backup.BackupManifest;
import org.menkou.admin.backup.BackupWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menkou backup}: an online backup of a server data directory into one archive file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up a server's data directory (SQLite database, card-signing keys) into one zip file,"
                + " while the server runs. The file (mode 0600) holds keys and personal data: keep it private.",
                "A server on PostgreSQL is backed up with pg_dump instead (see docs/deploy.md)."})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    ServerStorage storage;

    @Option(names = "--to", required = true, description = "The archive to write, e.g. /var/backups/menkou/2026-12-02.zip.")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (storage.sharedDatabaseUrl() != null) {
            throw new BackupException("this server's database is PostgreSQL (--db or $" + ServerStorage.DB_ENV
                    + "): back it up with pg_dump (see docs/deploy.md, Back up and restore); back up the card keys in "
                    + storage.dataDir() + "/keys with it");
        }
        BackupManifest manifest = new BackupWriter(Clock.systemUTC()).write(storage.dataDir(), to);
        spec.commandLine().getOut().println("backed up " + storage.dataDir() + " to " + to.toAbsolutePath()
                + " (content version " + manifest.contentVersion() + ", " + manifest.members().size() + " files)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
