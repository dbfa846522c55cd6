package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.menkou.content.testing.PostgresCluster;
import org.menkou.content.testing.TestDatabases;

/**
 * {@code ./menkou demo --port 0 …} run by a person in a fresh temporary directory, in a {@link KioskTerminal}: the
 * admin site on 127.0.0.1 at a port it picked and printed, and the kiosk on the terminal. {@link #start} returns once
 * the admin site's address was printed and the kiosk's home screen is up. {@link #close} stops the demo (Ctrl+C,
 * then kill by pid whatever is left of the processes it started), kills the terminal and deletes the directory.
 */
final class DemoRun implements AutoCloseable {
    /** The launcher may have to build the jars first (minutes on a small machine); the kiosk then starts in seconds. */
    private static final Duration START = Duration.ofSeconds(240);
    private static final Pattern PASSWORD = Pattern.compile("created user 'admin' with password (\\S+)");
    private static final Pattern ADMIN_SITE = Pattern.compile("admin site: http://127\\.0\\.0\\.1:(\\d+)/");

    final Path directory;
    final KioskTerminal kiosk;
    /** Variables the demo and the commands run beside it are given: the server database ({@code MENKOU_DB}) if any. */
    private final Map<String, String> environment;
    /** The terminal's process: its shell, which the launcher and then the demo's java replace (each by exec). */
    private final ProcessHandle demoProcess;
    /** The admin site's port, as the demo printed it. */
    private int port;
    private String adminPassword;
    /** The browsers opened on this demo; closed with it. */
    private final List<StaffBrowser> browsers = new ArrayList<>();

    private DemoRun(Path directory, KioskTerminal kiosk, Map<String, String> environment)
            throws IOException, InterruptedException {
        this.directory = directory;
        this.kiosk = kiosk;
        this.environment = environment;
        this.demoProcess = ProcessHandle.of(kiosk.panePid())
                .orElseThrow(() -> new IOException("the terminal's shell is gone"));
    }

    /** What a person does in the fresh directory before starting the demo (e.g. install a speech model there). */
    interface Preparation {
        /** @return the demo's options after {@code --port 0} */
        List<String> prepare(Path directory) throws IOException, InterruptedException;
    }

    /** Starts the demo with {@code options} after {@code --port 0} (e.g. "--button", "simulated:FILE"). */
    static DemoRun start(String... options) throws IOException, InterruptedException {
        return start(directory -> List.of(options));
    }

    /** Prepares a fresh directory, then starts the demo there with the options the preparation returns. */
    static DemoRun start(Preparation preparation) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("menkou-journey-");
        List<String> options;
        try {
            options = preparation.prepare(directory);
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            deleteTree(directory);
            throw e;
        }
        // Port 0: the admin site takes a free port and prints it, so no port is chosen here and then lost to another.
        StringBuilder command = new StringBuilder("exec '" + Checkout.LAUNCHER + "' demo --port 0");
        for (String option : options) {
            command.append(" '").append(option.replace("'", "'\\''")).append('\'');
        }
        Map<String, String> environment = serverDatabaseEnvironment();
        KioskTerminal terminal = new KioskTerminal(directory, command.toString(), directory.resolve("terminal.log"),
                environment);
        DemoRun demo;
        try {
            demo = new DemoRun(directory, terminal, environment);
        } catch (IOException | InterruptedException | RuntimeException e) {
            terminal.close();
            deleteTree(directory);
            throw e;
        }
        try {
            demo.port = Integer.parseInt(terminal.waitForPrinted(ADMIN_SITE, START).group(1));
            Matcher password = terminal.waitForPrinted(PASSWORD, Duration.ofSeconds(5));
            demo.adminPassword = password.group(1);
            terminal.waitUntil("the home screen (9 紧急呼叫 or 9 Emergency)",
                    s -> s.contains("紧急呼叫") || s.contains("Emergency"), Duration.ofSeconds(60));
        } catch (AssertionError | IOException | InterruptedException | RuntimeException e) {
            demo.close();
            throw e;
        }
        return demo;
    }

    /**
     * The server database a demo is told to use: on the journeys' PostgreSQL run ({@link TestDatabases#postgres()}) a
     * new database on this JVM's cluster, as {@code MENKOU_DB}; else nothing (the SQLite file in its data directory).
     */
    private static Map<String, String> serverDatabaseEnvironment() {
        return TestDatabases.postgres() ? Map.of("MENKOU_DB", PostgresCluster.shared().newDatabase()) : Map.of();
    }

    /** Where the demo keeps the server's data, as it names it: the {@code MENKOU_DB} URL, else its SQLite file. */
    String serverDatabase() {
        return environment.getOrDefault("MENKOU_DB", data().resolve("menkou.db").toString());
    }

    /** Runs {@code ./menkou args…} beside the demo (in its directory, on its database); returns what it printed. */
    String menkou(Duration timeout, String... args) throws IOException, InterruptedException {
        return Checkout.menkou(directory, timeout, environment, args);
    }

    /** The one-time admin password the demo printed on its first start. */
    String adminPassword() {
        return adminPassword;
    }

    /** The admin site's port. */
    int port() {
        return port;
    }

    /**
     * After the launcher started the demo again (the kiosk exited 75), waits for the new admin site's "Listening on"
     * line, the {@code listened + 1}th in the admin log, and uses its port (the demo picks a free one each start).
     */
    void adminStartedAgain(long listened, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<Matcher> lines = adminListening();
            if (lines.size() > listened) {
                port = Integer.parseInt(lines.get(lines.size() - 1).group(1));
                return;
            }
            assertThat(Instant.now()).as("the admin site started again within %s", timeout).isBefore(deadline);
            Thread.sleep(300);
        }
    }

    /** The admin log's "Listening on http://127.0.0.1:PORT/" lines so far, one per admin site start. */
    List<Matcher> adminListening() throws IOException {
        Pattern listening = Pattern.compile("Listening on http://127\\.0\\.0\\.1:(\\d+)/");
        try (Stream<String> lines = Files.lines(data().resolve("logs").resolve("admin.log"))) {
            return lines.map(listening::matcher).filter(Matcher::find).toList();
        }
    }

    /** The admin site's address for {@code path} ("/login"). */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The server's data directory the demo seeded ({@code ./data} of the temporary directory). */
    Path data() {
        return directory.resolve("data");
    }

    /** Pid of the admin site's java process the demo started. */
    long adminPid() throws IOException, InterruptedException {
        List<Long> pids = Checkout.pids("admin --data " + data() + " --port ");
        assertThat(pids).as("the demo's admin site process").hasSize(1);
        return pids.get(0);
    }

    /** Every process of this demo still running: the kiosk (launcher's java) and the admin site. */
    List<Long> processes() throws IOException, InterruptedException {
        List<Long> all = new ArrayList<>();
        if (demoProcess.isAlive()) {
            all.add(demoProcess.pid());
        }
        all.addAll(Checkout.pids("--data " + data()));
        return all.stream().distinct().toList();
    }

    /** True when nothing listens on the demo's port any more (binding it succeeds). */
    boolean portFree() {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }

    /** The last {@code lines} lines of the admin site's log, for failure reports. */
    String adminLogTail(int lines) {
        return tail(data().resolve("logs").resolve("admin.log"), lines);
    }

    /** The last {@code lines} lines of the kiosk's log (in its replica's directory, else the demo's). */
    String kioskLogTail(int lines) {
        Path replica = data().resolve("kiosk-1").resolve("logs").resolve("kiosk.log");
        return tail(Files.exists(replica) ? replica : data().resolve("logs").resolve("kiosk.log"), lines);
    }

    /** Ctrl+C on the kiosk's terminal, as staff stop the demo; waits until none of its processes is left. */
    void stopWithCtrlC(Duration timeout) throws IOException, InterruptedException {
        kiosk.press("C-c");
        Instant deadline = Instant.now().plus(timeout);
        while (!processes().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    /** A fresh headless Chromium on this demo's admin site, not logged in; closed with the demo. */
    StaffBrowser browser() throws IOException {
        StaffBrowser browser = new StaffBrowser(this, directory.resolve("chromium-" + browsers.size()));
        browsers.add(browser);
        return browser;
    }

    /** A browser in which the admin has done the first login and the forced password change; closed with the demo. */
    StaffBrowser adminBrowser() throws IOException {
        StaffBrowser browser = browser();
        browser.firstLogIn("admin", adminPassword(), "journey-staff-" + port);
        return browser;
    }

    @Override
    public void close() throws IOException {
        try {
            stopAndDelete();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the demo", e);
        }
    }

    /** Stops the demo's processes (Ctrl+C, then KILL for any left) and deletes its directory. */
    private void stopAndDelete() throws IOException, InterruptedException {
        browsers.forEach(StaffBrowser::close);
        try {
            for (long pid : Checkout.pids("admin --data " + data())) {
                Checkout.signal(pid, "CONT");
            }
            if (!processes().isEmpty()) {
                stopWithCtrlC(Duration.ofSeconds(15));
            }
            List<Long> left = processes();
            for (long pid : left) {
                Checkout.signal(pid, "KILL");
            }
            Instant deadline = Instant.now().plusSeconds(10);
            while (!processes().isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            if (!processes().isEmpty()) {
                throw new AssertionError("demo processes still running after kill -KILL: " + processes());
            }
            if (!left.isEmpty()) {
                System.out.println("journey: Ctrl+C left demo processes " + left + " running; killed them");
            }
        } finally {
            kiosk.close();
            deleteTree(directory);
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
