package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A volunteer's install from packages, with real systemd: {@code ./menkou package} builds menkou-server and
 * menkou-kiosk; their control data, files, modes, conffiles and maintainer scripts are inspected with dpkg-deb; a
 * minimal Debian of this host's release made by debootstrap boots its own systemd in systemd-nspawn; the packages are
 * installed there with apt (dependencies from the host's Debian mirror); {@code systemd-analyze verify} checks the
 * installed units; the server's service answers HTTP; a station and a kiosk are registered with the server's command
 * line and the kiosk configured as docs/deploy.md says; the kiosk's service runs on tty1 (a pseudo-terminal this test
 * holds stands in for it), syncs with the server, and is restarted by systemd after its JVM is killed; a higher version
 * of both packages installs over the running ones and keeps config, token and data; run as a test build whose UI
 * thread then hangs, the kiosk is killed by systemd's watchdog and restarted. Needs root, debootstrap and systemd-nspawn (./menkou test
 * installs them).
 */
@Tag("journey")
class DebianPackageJourney {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Duration APT = Duration.ofMinutes(5);

    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();
    private long leader;

    @AfterEach
    void stop() throws Exception {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    // Longer than the journeys' default: a cold debootstrap, two apt installs and four service restarts (about 4
    // minutes alone, more beside the integration tests); each step has its own deadline below.
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void packagesInstallIntoDebianAndSystemdRunsAndRestartsTheirServices() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root (debootstrap, systemd-nspawn)");
        assumeTrue(onPath("debootstrap") && onPath("systemd-nspawn") && onPath("systemd-analyze"),
                "needs debootstrap and systemd-container: apt-get install debootstrap systemd-container");
        Instant t0 = Instant.now();
        List<String> debs = run(Duration.ofMinutes(10), ROOT.resolve("menkou").toString(), "package", "--out",
                tmp.resolve("debs").toString()).lines().filter(l -> l.endsWith(".deb")).toList();
        assertThat(debs).hasSize(2);
        Path server = Path.of(debs.stream().filter(d -> d.contains("menkou-server_")).findFirst().orElseThrow());
        Path kiosk = Path.of(debs.stream().filter(d -> d.contains("menkou-kiosk_")).findFirst().orElseThrow());
        inspect(server, kiosk);
        Instant t1 = Instant.now();

        Path root = tmp.resolve("root");
        run(Duration.ofMinutes(10), "debootstrap", "--variant=minbase", "--include=systemd,systemd-sysv,dbus",
                hostRelease(), root.toString(), hostMirror());
        Instant t2 = Instant.now();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // Preseeded as a volunteer's edited config: dpkg keeps it (--force-confold).
        Files.createDirectories(root.resolve("etc/menkou"));
        Files.writeString(root.resolve("etc/menkou/server.conf"),
                "MENKOU_SERVER_ARGS=--bind 127.0.0.1 --port " + port + " --heartbeat-seconds 2\n"
                        + "MENKOU_SERVER_JAVA_OPTS=-Xmx256m\n");
        // Not /tmp: the booted system mounts a fresh tmpfs there.
        Files.copy(server, root.resolve("root/" + server.getFileName()));
        Files.copy(kiosk, root.resolve("root/" + kiosk.getFileName()));
        Path screen = tmp.resolve("tty1.out");
        boot(root, holdTerminal(screen));
        Instant t3 = Instant.now();

        inContainer(APT, "apt-get", "update", "-qq");
        inContainer(APT, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-q",
                "--no-install-recommends", "-o", "Dpkg::Options::=--force-confold",
                "/root/" + server.getFileName(), "/root/" + kiosk.getFileName());
        Instant t4 = Instant.now();
        installedAsDeclared(root);
        serverRuns(port);
        String version = run(Duration.ofMinutes(1), "dpkg-deb", "-f", kiosk.toString(), "Version").trim();
        String kioskId = configureKioskAsDeployMdSays(port);
        kioskRunsOnTty1AndComesBackAfterACrash(screen);
        kioskReports(kioskId, version, t4);
        Instant t5 = Instant.now();
        upgradeKeepsConfigDataAndTheKiosksConnection(kioskId, version);
        Instant t6 = Instant.now();
        kioskWithAHungUiIsRestartedByTheWatchdog();
        System.out.printf("DebianPackageJourney timings: package+inspect %d s, debootstrap %d s, boot %d s, apt %d s,"
                + " services %d s, upgrade %d s, watchdog %d s%n", Duration.between(t0, t1).toSeconds(),
                Duration.between(t1, t2).toSeconds(), Duration.between(t2, t3).toSeconds(),
                Duration.between(t3, t4).toSeconds(), Duration.between(t4, t5).toSeconds(),
                Duration.between(t5, t6).toSeconds(), Duration.between(t6, Instant.now()).toSeconds());
    }

    /**
     * The commands of docs/deploy.md on a fresh server and kiosk: a station and a kiosk added with menkou-server-cli,
     * the token into /etc/menkou/kiosk.token, the server's address into kiosk.conf. Returns the kiosk's id.
     */
    private String configureKioskAsDeployMdSays(int port) throws Exception {
        inContainer(Duration.ofMinutes(1), "/usr/sbin/menkou-server-cli", "stations", "add", "--id", "wt-station-1",
                "--name", "幸福里家门口服务站", "--address", "幸福路 1 号", "--hours", "周一至周五 8:30-17:00",
                "--phone", "021-12345678");
        String added = inContainer(Duration.ofMinutes(1), "/usr/sbin/menkou-server-cli", "kiosks", "add",
                "--station", "wt-station-1");
        String kioskId = added.lines().filter(l -> l.startsWith("kiosk ")).findFirst().orElseThrow().split(" ")[1];
        String token = added.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(token).matches("mk1\\.[A-Za-z0-9_-]{40,}");
        inContainer(Duration.ofSeconds(30), "sh", "-c", "printf '%s\\n' '" + token + "' > /etc/menkou/kiosk.token");
        inContainer(Duration.ofSeconds(30), "sed", "-i", "s|^MENKOU_KIOSK_ARGS=.*|MENKOU_KIOSK_ARGS=--server"
                + " http://127.0.0.1:" + port + "/ --token-file /etc/menkou/kiosk.token --sync-seconds 2|",
                "/etc/menkou/kiosk.conf");
        assertThat(inContainer(Duration.ofSeconds(30), "stat", "-c", "%U:%G %a", "/etc/menkou/kiosk.token"))
                .as("the token file keeps the package's owner and mode").isEqualTo("root:menkou-kiosk 640\n");
        return kioskId;
    }

    /** Waits until the server lists {@code kioskId} as running {@code version} with a heartbeat after {@code since}. */
    private void kioskReports(String kioskId, String version, Instant since) throws Exception {
        String[] last = {""};
        try {
            await("kiosk " + kioskId + " reports " + version + " after " + since, Duration.ofSeconds(120), () -> {
                last[0] = inContainer(Duration.ofMinutes(1), "/usr/sbin/menkou-server-cli", "kiosks", "list");
                return last[0].lines().map(l -> l.trim().split("\\s+")).anyMatch(f -> f.length >= 6
                        && f[0].equals(kioskId) && f[2].equals(version) && !"never".equals(f[5])
                        && Instant.parse(f[5]).isAfter(since.minusSeconds(1)));
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; menkou-server-cli kiosks list said:\n" + last[0], e);
        }
    }

    /**
     * A second build of both packages (same jars, a higher version) installed over the running ones, as a volunteer's
     * {@code apt install ./menkou-*.deb} does: the versions change, the edited kiosk.conf, the token, the server's
     * data and the kiosk's registration stay, both services run again as new processes, and the kiosk reconnects and
     * reports the new package version.
     */
    private void upgradeKeepsConfigDataAndTheKiosksConnection(String kioskId, String version) throws Exception {
        String newer = version + "+upgrade1";
        List<String> debs = run(Duration.ofMinutes(5), ROOT.resolve("packaging/build-debs").toString(), "--out",
                tmp.resolve("debs2").toString(), "--version", newer).lines().filter(l -> l.endsWith(".deb")).toList();
        assertThat(debs).hasSize(2);
        List<String> inRoot = new ArrayList<>();
        for (String deb : debs) {
            Path file = Path.of(deb);
            Files.copy(file, tmp.resolve("root/root/" + file.getFileName()));
            inRoot.add("/root/" + file.getFileName());
        }
        String conf = inContainer(Duration.ofSeconds(30), "cat", "/etc/menkou/kiosk.conf", "/etc/menkou/kiosk.token");
        String serverPid = show("menkou-server", "MainPID");
        String kioskPid = show("menkou-kiosk", "MainPID");
        Instant upgraded = Instant.now();
        List<String> install = new ArrayList<>(List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install",
                "-y", "-q", "--no-install-recommends", "-o", "Dpkg::Options::=--force-confold"));
        install.addAll(inRoot);
        inContainer(APT, install.toArray(String[]::new));

        assertThat(inContainer(Duration.ofSeconds(30), "dpkg-query", "-W", "-f", "${Version}\\n", "menkou-server",
                "menkou-kiosk")).isEqualTo(newer + "\n" + newer + "\n");
        assertThat(inContainer(Duration.ofSeconds(30), "cat", "/etc/menkou/kiosk.conf", "/etc/menkou/kiosk.token"))
                .as("the volunteer's kiosk.conf and the token are kept").isEqualTo(conf);
        await("both services running again as new processes", Duration.ofSeconds(120), () ->
                "active".equals(show("menkou-server", "ActiveState")) && "active".equals(show("menkou-kiosk", "ActiveState"))
                        && !List.of("0", serverPid).contains(show("menkou-server", "MainPID"))
                        && !List.of("0", kioskPid).contains(show("menkou-kiosk", "MainPID")));
        assertThat(inContainer(Duration.ofMinutes(1), "/usr/sbin/menkou-server-cli", "stations", "list"))
                .as("the server's data survived the upgrade").contains("wt-station-1");
        kioskReports(kioskId, newer, upgraded);
    }

    /** dpkg-deb's view of both packages. */
    private void inspect(Path server, Path kiosk) throws Exception {
        String serverInfo = run(Duration.ofMinutes(1), "dpkg-deb", "-I", server.toString());
        assertThat(serverInfo).contains("Package: menkou-server", "Architecture: all",
                "Depends: openjdk-17-jre-headless | java17-runtime-headless, adduser, systemd", "postinst", "postrm");
        String kioskInfo = run(Duration.ofMinutes(1), "dpkg-deb", "-I", kiosk.toString());
        assertThat(kioskInfo).contains("Package: menkou-kiosk",
                "Depends: openjdk-17-jre-headless | java17-runtime-headless, adduser, systemd, espeak-ng, sox");
        assertThat(run(Duration.ofMinutes(1), "dpkg-deb", "-f", kiosk.toString(), "Suggests"))
                .contains("openjdk-17-jre", "fonts-wqy-microhei");
        assertThat(run(Duration.ofMinutes(1), "dpkg-deb", "-I", server.toString(), "conffiles").trim())
                .isEqualTo("/etc/menkou/server.conf");
        assertThat(run(Duration.ofMinutes(1), "dpkg-deb", "-I", kiosk.toString(), "conffiles").trim())
                .isEqualTo("/etc/menkou/kiosk.conf");
        String postinst = run(Duration.ofMinutes(1), "dpkg-deb", "-I", kiosk.toString(), "postinst");
        assertThat(postinst).contains("adduser --system --group", "dpkg-statoverride --update --add root menkou-kiosk 0640",
                "[ -d /run/systemd/system ]");

        String serverFiles = run(Duration.ofMinutes(1), "dpkg-deb", "-c", server.toString());
        assertThat(serverFiles).containsPattern("-rw-r----- root/root .* \\./etc/menkou/server\\.conf")
                .containsPattern("-rw-r--r-- root/root .* \\./usr/lib/menkou-server/menkou-admin\\.jar")
                .containsPattern("-rw-r--r-- root/root .* \\./usr/lib/systemd/system/menkou-server\\.service")
                .containsPattern("\\./usr/lib/systemd/journald\\.conf\\.d/60-menkou-server\\.conf")
                .containsPattern("-rwxr-xr-x root/root .* \\./usr/sbin/menkou-server-cli");
        String kioskFiles = run(Duration.ofMinutes(1), "dpkg-deb", "-c", kiosk.toString());
        assertThat(kioskFiles).containsPattern("-rw-r----- root/root .* \\./etc/menkou/kiosk\\.conf")
                .containsPattern("-rwxr-xr-x root/root .* \\./usr/lib/menkou-kiosk/menkou-kiosk-start")
                .containsPattern("-rw-r--r-- root/root .* \\./usr/lib/menkou-kiosk/menkou-kiosk\\.jar")
                .containsPattern("\\./usr/lib/systemd/system/menkou-kiosk\\.service")
                .containsPattern("\\./usr/lib/systemd/system/menkou-kiosk-window\\.service")
                .doesNotContain("kiosk.token");

        Path unpacked = tmp.resolve("unpacked");
        run(Duration.ofMinutes(1), "dpkg-deb", "-x", kiosk.toString(), unpacked.toString());
        String unit = Files.readString(unpacked.resolve("usr/lib/systemd/system/menkou-kiosk.service"));
        assertThat(unit).contains("Type=notify", "NotifyAccess=main", "WatchdogSec=", "Restart=on-failure",
                "TTYPath=/dev/tty1", "Conflicts=getty@tty1.service", "User=menkou-kiosk",
                "ExecStart=/usr/lib/menkou-kiosk/menkou-kiosk-start");
    }

    /** Users, modes and the units as systemd-analyze sees them in the installed system. */
    private void installedAsDeclared(Path root) throws Exception {
        assertThat(inContainer(Duration.ofSeconds(30), "stat", "-c", "%U:%G %a", "/etc/menkou/server.conf",
                "/etc/menkou/kiosk.conf", "/etc/menkou/kiosk.token", "/var/lib/menkou-server", "/var/lib/menkou-kiosk"))
                .isEqualTo("root:menkou 640\nroot:menkou-kiosk 640\nroot:menkou-kiosk 640\nmenkou:menkou 750\n"
                        + "menkou-kiosk:menkou-kiosk 750\n");
        assertThat(Files.readString(root.resolve("etc/menkou/server.conf"))).as("the preseeded config is kept")
                .startsWith("MENKOU_SERVER_ARGS=--bind 127.0.0.1");
        assertThat(inContainer(Duration.ofSeconds(30), "systemctl", "is-enabled", "menkou-server", "menkou-kiosk"))
                .isEqualTo("enabled\nenabled\n");
        run(Duration.ofMinutes(1), "systemd-analyze", "verify", "--root=" + root, "menkou-server.service",
                "menkou-kiosk.service", "menkou-kiosk-window.service", "menkou-kiosk-display.service");
    }

    private void serverRuns(int port) throws Exception {
        await("menkou-server active", Duration.ofSeconds(60), () -> "active".equals(show("menkou-server", "ActiveState")));
        HttpClient http = HttpClient.newHttpClient();
        await("the admin site answers on port " + port, Duration.ofSeconds(90), () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(inContainer(Duration.ofSeconds(30), "journalctl", "-u", "menkou-server", "--no-pager"))
                .as("the one-time admin password is in the journal").contains("created user 'admin'");
        assertThat(inContainer(Duration.ofMinutes(1), "/usr/sbin/menkou-server-cli", "kiosks", "--help"))
                .as("the server's command line as user menkou").contains("kiosks");
    }

    private void kioskRunsOnTty1AndComesBackAfterACrash(Path screen) throws Exception {
        inContainer(Duration.ofMinutes(3), "systemctl", "start", "menkou-kiosk");
        assertThat(show("menkou-kiosk", "ActiveState")).as("started means READY=1 arrived").isEqualTo("active");
        await("the home screen on tty1", Duration.ofSeconds(30),
                () -> readScreen(screen).contains("找服务"));
        String crashed = show("menkou-kiosk", "MainPID");
        inContainer(Duration.ofSeconds(30), "sh", "-c", "kill -KILL " + crashed);
        await("the kiosk restarted after its JVM was killed", Duration.ofSeconds(90), () -> {
            String pid = show("menkou-kiosk", "MainPID");
            return "active".equals(show("menkou-kiosk", "ActiveState")) && !"0".equals(pid) && !crashed.equals(pid);
        });
        assertThat(show("menkou-kiosk", "NRestarts")).isEqualTo("1");
    }

    /** The test build (kiosk test classes, bound read-only into the container) with a short watchdog. */
    private void kioskWithAHungUiIsRestartedByTheWatchdog() throws Exception {
        Path dropIn = Path.of("/etc/systemd/system/menkou-kiosk.service.d/test-build.conf");
        inContainer(Duration.ofSeconds(30), "mkdir", "-p", dropIn.getParent().toString());
        inContainer(Duration.ofSeconds(30), "sh", "-c", "cat > " + dropIn + " <<'EOF'\n[Service]\nWatchdogSec=6\n"
                + "ExecStart=\nExecStart=/usr/bin/java -Dmenkou.test.hang-file=/var/lib/menkou-kiosk/hang-now -cp"
                + " /usr/lib/menkou-kiosk/menkou-kiosk.jar:/opt/menkou-test-classes org.menkou.kiosk.cli.HangingKiosk"
                + " --data /var/lib/menkou-kiosk --no-voice\nEOF\n");
        inContainer(Duration.ofSeconds(30), "systemctl", "daemon-reload");
        inContainer(Duration.ofMinutes(3), "systemctl", "restart", "menkou-kiosk");
        String hung = show("menkou-kiosk", "MainPID");
        assertThat(show("menkou-kiosk", "ExecMainStartTimestamp")).isNotEmpty();
        inContainer(Duration.ofSeconds(30), "touch", "/var/lib/menkou-kiosk/hang-now");
        await("systemd's watchdog killed the hung kiosk and started it again", Duration.ofSeconds(90), () -> {
            String pid = show("menkou-kiosk", "MainPID");
            return "active".equals(show("menkou-kiosk", "ActiveState")) && !"0".equals(pid) && !hung.equals(pid);
        });
        assertThat(inContainer(Duration.ofSeconds(30), "journalctl", "-u", "menkou-kiosk", "--no-pager"))
                .contains("Watchdog timeout", "Failed with result 'watchdog'");
        assertThat(inContainer(Duration.ofSeconds(30), "sh", "-c", "test -e /var/lib/menkou-kiosk/hang-now || echo taken"))
                .as("the test build took its one-shot trigger and hung").contains("taken");
    }

    /** Boots {@code root} with its own systemd; {@code tty} becomes its /dev/tty1; the test build's classes are bound in. */
    private void boot(Path root, String tty) throws Exception {
        Process nspawn = new ProcessBuilder("systemd-nspawn", "-D", root.toString(), "--boot", "--register=no",
                "--keep-unit", "--console=read-only", "-q", "--bind=" + tty + ":/dev/tty1",
                "--bind-ro=" + ROOT.resolve("kiosk/target/test-classes") + ":/opt/menkou-test-classes")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("boot.log").toFile()).start();
        started.add(0, nspawn);
        // Only once the child is the container's systemd in a PID namespace of its own does nsenter reach the container.
        Path ownPidNs = Files.readSymbolicLink(Path.of("/proc/self/ns/pid"));
        await("the container's systemd", Duration.ofSeconds(60), () -> nspawn.toHandle().children().anyMatch(c -> {
            try {
                Path proc = Path.of("/proc", Long.toString(c.pid()));
                if ("systemd".equals(Files.readString(proc.resolve("comm")).trim())
                        && !ownPidNs.equals(Files.readSymbolicLink(proc.resolve("ns/pid")))) {
                    leader = c.pid();
                    return true;
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        }));
        await("the container's boot", Duration.ofSeconds(120), () -> List.of("running", "degraded").contains(
                inContainer(Duration.ofSeconds(120), List.of(0, 1), "systemctl", "is-system-running", "--wait").trim()));
    }

    /**
     * A pseudo-terminal (80×24) held open by a small python3 program that appends all output to {@code screen}; its
     * slave's path. Nothing holds the slave as controlling terminal, so the kiosk's unit can take it as systemd does
     * tty1 (and hang it up on start, which the reader survives).
     */
    private String holdTerminal(Path screen) throws Exception {
        String program = String.join("\n", "import fcntl, os, select, struct, sys, termios, time",
                "master, slave = os.openpty()",
                "fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))",
                "print(os.ttyname(slave), flush=True)", "os.close(slave)",
                "out = open(sys.argv[1], 'ab', buffering=0)", "while True:",
                "    select.select([master], [], [], 1.0)", "    try:", "        out.write(os.read(master, 65536))",
                "    except OSError:", "        time.sleep(0.1)");
        Process holder = new ProcessBuilder("python3", "-c", program, screen.toString()).start();
        started.add(holder);
        String tty = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8)).readLine();
        assertThat(tty).startsWith("/dev/pts/");
        return tty;
    }

    private String show(String unit, String property) throws Exception {
        return inContainer(Duration.ofSeconds(30), "systemctl", "show", "-p", property, "--value", unit).trim();
    }

    private String readScreen(Path screen) {
        try {
            return Files.readString(screen, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private String inContainer(Duration timeout, String... command) throws Exception {
        return inContainer(timeout, List.of(0), command);
    }

    private String inContainer(Duration timeout, List<Integer> okExits, String... command) throws Exception {
        assertThat(leader).as("the container's systemd was found").isPositive();
        List<String> full = new ArrayList<>(List.of("nsenter", "-t", Long.toString(leader), "-a"));
        full.addAll(List.of(command));
        return exec(timeout, okExits, full);
    }

    private static String run(Duration timeout, String... command) throws Exception {
        return exec(timeout, List.of(0), List.of(command));
    }

    private static String exec(Duration timeout, List<Integer> okExits, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not end within " + timeout);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(okExits).as("exit of %s; output:%n%s", command, text).contains(p.exitValue());
        return text;
    }

    private static void await(String what, Duration timeout, Check check) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(200);
        }
    }

    /** A condition polled by {@link #await}. */
    private interface Check {
        boolean holds() throws Exception;
    }

    private static boolean onPath(String tool) {
        return Files.isExecutable(Path.of("/usr/sbin", tool)) || Files.isExecutable(Path.of("/usr/bin", tool));
    }

    /** This host's Debian release (the root's matches it). */
    private static String hostRelease() throws IOException {
        return Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("VERSION_CODENAME="))
                .map(l -> l.substring("VERSION_CODENAME=".length())).findFirst().orElse("bookworm");
    }

    /** The Debian mirror this host's apt uses. */
    private static String hostMirror() throws IOException {
        List<String> lines = new ArrayList<>();
        Path sources = Path.of("/etc/apt/sources.list.d");
        if (Files.isDirectory(sources)) {
            try (var files = Files.list(sources)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".sources")).sorted().toList()) {
                    lines.addAll(Files.readAllLines(f));
                }
            }
        }
        for (String line : lines) {
            if (line.startsWith("URIs:") && !line.contains("security")) {
                return line.substring("URIs:".length()).trim().split("\\s+")[0];
            }
        }
        Path list = Path.of("/etc/apt/sources.list");
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list)) {
                String[] words = line.trim().split("\\s+");
                if (words.length > 2 && "deb".equals(words[0]) && !line.contains("security")) {
                    return words[1].startsWith("[") ? words[2] : words[1];
                }
            }
        }
        throw new IOException("no Debian mirror in this host's apt sources");
    }
}
