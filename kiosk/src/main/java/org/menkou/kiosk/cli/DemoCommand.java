package org.menkou.kiosk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.store.ContentStore;
import org.menkou.content.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code menkou demo}: seeds a data directory, starts the admin site as a child process on a loopback port, and
 * runs the kiosk in this terminal as the demo street's first doorstep station. The admin site stops when the kiosk
 * exits (Ctrl+C).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Seed ./data (or --data), start the admin site on loopback and the kiosk in this terminal.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Option(names = "--port", defaultValue = "7080", description = "Admin site port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--admin-jar", hidden = true, defaultValue = "${env:MENKOU_ADMIN_JAR}",
            description = "The admin site's jar (the ./menkou launcher sets MENKOU_ADMIN_JAR).")
    Path adminJar;

    @Override
    public Integer call() throws Exception {
        Path dir = DataDirectory.resolve(data, System.getenv());
        KioskLogging.toDirectory(dir);
        System.out.println(InitCommand.initialise(dir));
        Process admin = startAdmin(dir);
        try {
            KioskCommand kiosk = new KioskCommand();
            kiosk.data = dir;
            kiosk.fontSize = 48;
            kiosk.station = ContentStore.openIn(dir).stations().ofKind(StationKind.STATION).stream()
                    .map(Station::id).findFirst().orElse(null);
            return kiosk.call();
        } finally {
            if (admin != null) {
                admin.destroy();
                admin.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Starts the admin site and waits for its address line; null (with a message) when it cannot run. */
    private Process startAdmin(Path dir) throws IOException {
        if (adminJar == null || !Files.isRegularFile(adminJar)) {
            System.out.println("demo: admin site jar not found (run through ./menkou); going on without the admin site.");
            return null;
        }
        Path log = dir.resolve("logs").resolve("admin.log");
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-jar", adminJar.toString(), "admin",
                "--data", dir.toString(), "--port", Integer.toString(port)))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null) {
            System.out.println("demo: the admin site did not start; see " + log);
            return null;
        }
        System.out.println("demo: " + line + "  (log: " + log + ")");
        return process;
    }
}
