package org.menkou.admin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.menkou.admin.AdminApp;
import org.menkou.content.ContentException;
import org.menkou.content.db.Database;
import org.menkou.content.db.DatabaseCopy;
import org.menkou.content.db.DatabaseCopy.TableSummary;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code menkou admin migrate-data}: moves a district's data directory (SQLite) into an empty PostgreSQL database, in
 * one transaction, and prints each table's rows and fingerprint on both sides. Stop the district's admin server
 * first; files beside the database (card keys, the initial password file) stay in the data directory.
 */
@Command(name = "migrate-data", mixinStandardHelpOptions = true,
        description = {"Copy a district's data directory (its SQLite database) into an empty PostgreSQL database.",
                "Stop the admin server on the data directory first. Prints rows and a fingerprint per table on both sides."})
final class MigrateDataCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, description = "The district's data directory (holds menkou.db).")
    Path from;

    @Option(names = "--to", required = true,
            description = "JDBC URL of the empty PostgreSQL database, e.g. jdbc:postgresql://db:5432/menkou?user=menkou")
    String to;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(from.resolve(Database.FILE_NAME))) {
            throw new ContentException("no database in " + from + " (expected " + from.resolve(Database.FILE_NAME) + ")");
        }
        try (Database source = Database.openIn(from); Database target = Database.open(to, from)) {
            for (Database d : List.of(source, target)) {
                d.migrate(ContentStore.MIGRATIONS);
                d.migrate(AdminApp.MIGRATIONS);
            }
            List<TableSummary> before = DatabaseCopy.summaries(source);
            List<TableSummary> after = DatabaseCopy.copy(source, target);
            System.out.printf("%-24s %10s  %s%n", "table", "rows", "fingerprint (source = target)");
            boolean same = before.equals(after);
            for (TableSummary t : after) {
                System.out.printf("%-24s %10d  %s%n", t.table(), t.rows(), t.sha256().substring(0, 16));
            }
            if (!same) {
                System.err.println("menkou: the copy differs from the source: " + before + " vs " + after);
                return 1;
            }
            System.out.println("copied " + after.stream().mapToLong(TableSummary::rows).sum() + " rows from "
                    + source.location() + " to " + target.location() + "; every table matches");
            return 0;
        }
    }
}
