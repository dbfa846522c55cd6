package org.menkou.content.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.menkou.content.db.Database;

/** Old and new migration layouts side by side, for tests that an existing database file keeps opening cleanly. */
public final class MigrationHistory {
    private MigrationHistory() {
    }

    /**
     * The SQLite scripts of {@code area} (its {@code common} and {@code sqlite} folders on the class path) copied into
     * one new folder {@code flat-AREA} under {@code dir}, as they lay before the vendor folders; returns that folder.
     */
    public static Path flatCopyOfMigrations(Path dir, String area) throws IOException, URISyntaxException {
        Path flat = Files.createDirectories(dir.resolve("flat-" + area));
        Path folder = Path.of(Database.class.getClassLoader().getResource("db/" + area).toURI());
        try (Stream<Path> scripts = Files.walk(folder)) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sql"))
                    .filter(p -> List.of("common", "sqlite").contains(p.getParent().getFileName().toString())).toList()) {
                Files.copy(script, flat.resolve(script.getFileName().toString()));
            }
        }
        return flat;
    }

    /** Every applied migration of {@code areas} in the SQLite {@code file}, one "area version script checksum success" a line. */
    public static String of(Path file, List<String> areas) {
        try (Database database = Database.openSqlite(file)) {
            return database.jdbi().withHandle(h -> String.join("\n", areas.stream()
                    .flatMap(area -> h.createQuery("SELECT version, script, checksum, success FROM schema_history_"
                                    + area + " ORDER BY installed_rank")
                            .map((rs, ctx) -> area + " " + rs.getString(1) + " " + rs.getString(2) + " "
                                    + rs.getString(3) + " " + rs.getString(4)).list().stream())
                    .toList()));
        }
    }
}
