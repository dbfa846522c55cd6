package org.menkou.content.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.menkou.content.alarm.AlarmJournal;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.menkou.content.sync.KioskCredentials;
import org.menkou.content.sync.Outbox;

/**
 * Run in a child JVM (under the umask its parent chose): sets up a kiosk's data directory {@code args[0]} the way
 * the kiosk does (content replica, outbox and alarm journal in one SQLite file, sync credentials), then, with a
 * connection still open so the WAL and shared-memory files exist, prints "MODE path" for everything below it.
 */
public final class PrivateFilesProbe {
    private PrivateFilesProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Database database = Database.openIn(dir)) {
            ContentStore.open(database);
            Outbox.open(database, Clock.systemUTC());
            AlarmJournal.open(database, Clock.systemUTC()).raise(null, "wt-station-1", "r-1", org.menkou.content.sync.AlarmSource.BUTTON);
            new KioskCredentials(java.net.URI.create("http://127.0.0.1:7080"), "mk1.probe-token-probe-token-probe").store(dir);
            try (Handle open = database.jdbi().open()) {
                open.useTransaction(h -> {
                    h.createQuery("SELECT COUNT(*) FROM sqlite_master").mapTo(Integer.class).one();
                    print(dir);
                });
            }
        }
    }

    /** Prints the mode of {@code root} and everything below it, one "rwx------ path" line each. */
    public static void print(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> {
                try {
                    System.out.println(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)) + " " + p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** Runs {@code mainClass} with this test's class path in a JVM started under umask 000; returns its stdout lines. */
    public static List<String> underUmask000(String mainClass, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        StringBuilder command = new StringBuilder("umask 000 && exec \"$0\" -cp \"$1\" ").append(mainClass);
        for (int i = 0; i < args.length; i++) {
            command.append(" \"$").append(i + 2).append('"');
        }
        List<String> argv = new java.util.ArrayList<>(List.of("sh", "-c", command.toString(), java,
                System.getProperty("java.class.path")));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " failed: " + out);
        }
        return out.lines().filter(l -> l.matches("[rwx-]{9} /.*")).toList();
    }
}
