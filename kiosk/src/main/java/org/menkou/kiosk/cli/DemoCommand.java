package org.menkou.kiosk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.menkou.content.DataDirectory;
import org.menkou.content.StationKind;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.sync.KioskCredentials;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code menkou demo}: the product on one machine. Seeds the server's data directory, starts the admin site as a
 * child process on 127.0.0.1, registers a kiosk for the demo street's first doorstep station (once), and runs that
 * kiosk in this terminal on its own replica ({@code DATA/kiosk-1}), synced with the site. Ctrl+C stops the kiosk;
 * the admin site stops with it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Seed ./data (or --data), start the admin site on 127.0.0.1 and a kiosk synced with it in this terminal.")
final class DemoCommand implements Callable<Integer> {
    static final String KIOSK_DIR = "kiosk-1";

    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Option(names = "--db", defaultValue = "${env:MENKOU_DB}", description = {"Run the admin site on this PostgreSQL"
            + " database, a JDBC URL as for 'admin --db' (default: $MENKOU_DB, else the SQLite file in --data)."})
    String db;

    @Option(names = "--port", defaultValue = "7080", description = "Admin site port on 127.0.0.1; 0 picks a free one,"
            + " shown in the line 'admin site: URL' (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--window", description = "Show the kiosk in a full-screen window instead of this terminal.")
    boolean window;

    @Option(names = "--button", defaultValue = "key:F12", description = {"The kiosk's red emergency button: key:F12,"
            + " gpio:CHIP:LINE[:active-high], serial:PORT[:BAUD] or simulated:FILE (each line appended to FILE is a"
            + " press) (default: ${DEFAULT-VALUE})."})
    String button = "key:F12";

    @Option(names = "--mic-file", description = "A 16 kHz mono WAV file standing in for the kiosk's microphone.")
    Path micFile;

    @Option(names = "--speaker-file", description = "Write the kiosk's speech to this WAV file instead of a speaker.")
    Path speakerFile;

    @Option(names = "--no-voice", description = "Run the kiosk by keys only: no speech, no listening.")
    boolean noVoice;

    @Option(names = "--lang", defaultValue = "zh-CN", description = "Language the kiosk starts in: zh-CN (default) or en.")
    String language = "zh-CN";

    @Option(names = "--sync-seconds", defaultValue = "30",
            description = "The kiosk's heartbeat and content pull interval (default: ${DEFAULT-VALUE}).")
    int syncSeconds = 30;

    @Option(names = "--admin-jar", hidden = true, defaultValue = "${env:MENKOU_ADMIN_JAR}",
            description = "The admin site's jar (the ./menkou launcher sets MENKOU_ADMIN_JAR).")
    Path adminJar;

    @Override
    public Integer call() throws Exception {
        Path dir = DataDirectory.resolve(data, System.getenv());
        KioskLogging.toDirectory(dir);
        String station;
        try (Database database = Database.open(db, dir)) {
            System.out.println(InitCommand.initialise(database));
            station = ContentStore.open(database).stations().ofKind(StationKind.STATION).get(0).id();
        }
        AdminSite admin = startAdmin(dir);
        try {
            if (admin == null && db != null) {
                System.out.println("demo: a demo on a shared database needs its admin site; stopping.");
                return 1;
            }
            if (admin == null) {
                System.out.println("demo: running the kiosk on the server's data directory, without sync.");
                return kioskCommand("--data", dir.toString(), "--station", station).call();
            }
            Path kioskDir = dir.resolve(KIOSK_DIR);
            List<String> args = new ArrayList<>(List.of("--data", kioskDir.toString(), "--models", dir.toString()));
            Optional<KioskCredentials> registered = KioskCredentials.load(kioskDir);
            if (registered.isEmpty()) {
                args.addAll(List.of("--server", admin.address().toString(), "--token", registerKiosk(dir, station)));
            } else if (port == 0) {
                // A free port differs from run to run: the kiosk registered on an earlier run is given this run's.
                args.addAll(List.of("--server", admin.address().toString(), "--token", registered.get().token()));
            }
            return kioskCommand(args.toArray(String[]::new)).call();
        } finally {
            if (admin != null) {
                admin.process().destroy();
                admin.process().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The admin site the demo started: its process and the address it printed. */
    private record AdminSite(Process process, URI address) {
    }

    /**
     * The demo's kiosk, built by picocli from {@code args} plus the demo's own kiosk options (button, voice files,
     * language, sync interval), so that every option gets its value or its declared default exactly as on the
     * kiosk's command line.
     */
    KioskCommand kioskCommand(String... args) {
        KioskCommand kiosk = new KioskCommand();
        List<String> all = new ArrayList<>(List.of("--sync-seconds", Integer.toString(syncSeconds),
                "--button", button, "--lang", language));
        if (window) {
            all.add("--window");
        }
        if (micFile != null) {
            all.addAll(List.of("--mic-file", micFile.toString()));
        }
        if (speakerFile != null) {
            all.addAll(List.of("--speaker-file", speakerFile.toString()));
        }
        if (noVoice) {
            all.add("--no-voice");
        }
        all.addAll(List.of(args));
        new CommandLine(kiosk).parseArgs(all.toArray(String[]::new));
        return kiosk;
    }

    /**
     * Starts the admin site and waits for its address line, echoing what it prints first (the first password);
     * null when it cannot be started.
     */
    private AdminSite startAdmin(Path dir) throws IOException {
        if (adminJar == null || !Files.isRegularFile(adminJar)) {
            System.out.println("demo: admin site jar not found (run through ./menkou); going on without the admin site.");
            return null;
        }
        Path log = DataDirectory.privateFile(dir.resolve("logs").resolve("admin.log"));
        Process process = server(java(adminJar, "admin", "--data", dir.toString(), "--port", Integer.toString(port)))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            System.out.println("demo: " + line);
            Optional<URI> address = adminAddress(line);
            if (address.isPresent()) {
                System.out.println("demo: admin site log: " + log);
                return new AdminSite(process, address.get());
            }
        }
        System.out.println("demo: the admin site did not start; see " + log);
        return null;
    }

    /** The address in the admin site's line {@code admin site: http://127.0.0.1:7080/}; empty for any other line. */
    static Optional<URI> adminAddress(String line) {
        String prefix = "admin site:";
        return line.startsWith(prefix) ? Optional.of(URI.create(line.substring(prefix.length()).strip())) : Optional.empty();
    }

    /** Registers a kiosk for {@code station} with the admin jar's {@code kiosks add}; returns its token. */
    private String registerKiosk(Path dir, String station) throws IOException, InterruptedException {
        Process add = server(java(adminJar, "kiosks", "add", "--data", dir.toString(), "--station", station,
                "--label", "演示终端")).redirectErrorStream(true).start();
        List<String> lines = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (add.waitFor() != 0 || lines.isEmpty()) {
            throw new IOException("could not register the demo kiosk: " + String.join(" ", lines));
        }
        System.out.println("demo: " + lines.get(0));
        return lines.get(lines.size() - 1).strip();
    }

    /** A server-side command of the admin jar, told the demo's database through {@code $MENKOU_DB} (not in ps). */
    private ProcessBuilder server(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (db != null) {
            builder.environment().put("MENKOU_DB", db);
        }
        return builder;
    }

    private static List<String> java(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }
}
