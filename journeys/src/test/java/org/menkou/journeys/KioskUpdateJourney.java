package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Kiosk software updates end to end: a real admin server ({@code ./menkou admin}) on a seeded data directory, releases
 * published with {@code ./menkou release}, and a real kiosk in a terminal started by the start script
 * {@code packaging/kiosk/menkou-kiosk-start} in a shell loop that starts it again after any non-zero exit, as systemd's
 * Restart=on-failure does. What the kiosk runs is read from its heartbeats as the server stored them (the fleet page's
 * source). In order: a release waits while an emergency call is open and switches once it is over; a release with
 * tampered bytes is refused; a release that crashes on start is rolled back.
 */
@Tag("journey")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskUpdateJourney {
    private static final Pattern ADMIN_SITE = Pattern.compile("admin site: http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern KIOSK_ID = Pattern.compile("kiosk (k-\\S+) registered");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PIN = "2468";
    private final ObjectMapper json = new ObjectMapper();
    private Path directory;
    private Path server;
    private Path kioskData;
    private Path exits;
    private Path button;
    private Process admin;
    private KioskTerminal kiosk;
    private String kioskId;
    /** Exits of the kiosk before the first test (none expected; kept apart so each test counts its own). */
    private String exitsAtStart = "";

    @BeforeAll
    void startServerAndKiosk() throws Exception {
        directory = Files.createTempDirectory("menkou-update-");
        server = directory.resolve("server");
        kioskData = directory.resolve("kiosk");
        exits = directory.resolve("exits.log");
        button = directory.resolve("button");
        Checkout.menkou(directory, Duration.ofSeconds(240), "init", "--data", server.toString());
        String added = Checkout.menkou(directory, Duration.ofSeconds(240), "kiosks", "add", "--data", server.toString(),
                "--station", "wt-station-1");
        Matcher id = KIOSK_ID.matcher(added);
        assertThat(id.find()).as(added).isTrue();
        kioskId = id.group(1);
        String token = added.strip().lines().reduce((a, b) -> b).orElseThrow();
        org.menkou.content.DataDirectory.createPrivate(kioskData);
        setAlarmPin();
        Path adminLog = directory.resolve("admin.out");
        admin = new ProcessBuilder(Checkout.LAUNCHER.toString(), "admin", "--data", server.toString(), "--port", "0",
                "--heartbeat-seconds", "1").directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(adminLog.toFile()).start();
        int port = Integer.parseInt(waitForLine(adminLog, ADMIN_SITE).group(1));
        Path loop = directory.resolve("run-kiosk.sh");
        Files.writeString(loop, String.join("\n",
                "# Restart=on-failure: start the kiosk again after any non-zero exit, 75 included.",
                "while true; do",
                "  '" + Checkout.ROOT.resolve("packaging/kiosk/menkou-kiosk-start") + "' --server http://127.0.0.1:" + port
                        + " --token " + token + " --no-voice --sync-seconds 1 --update-seconds 1 --button simulated:" + button,
                "  rc=$?",
                "  echo \"exit $rc\" >> '" + exits + "'",
                "  [ \"$rc\" = 0 ] && break",
                "  sleep 0.2",
                "done", ""), StandardCharsets.UTF_8);
        kiosk = new KioskTerminal(directory, "exec bash " + loop, directory.resolve("terminal.log"), Map.of(
                "MENKOU_DATA", kioskData.toString(),
                "MENKOU_PACKAGED_JAR", kioskJar().toString(),
                "MENKOU_TRIAL_STARTS", "3",
                "MENKOU_KIOSK_JAVA_OPTS", "-Xmx192m -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Djava.awt.headless=true"));
        kiosk.waitFor("紧急呼叫", WAIT);
        beat("the first heartbeat on the packaged jar", b -> "0.1.0".equals(b.appVersion) && b.state("CURRENT"));
        exitsAtStart = exits();
        if (!exitsAtStart.isEmpty()) {
            System.out.println("KioskUpdateJourney: the kiosk exited while starting (" + exitsAtStart.strip()
                    + ") and was started again; the terminal printed:\n" + printedTail());
        }
    }

    /** The exits of the kiosk since the first test began, one "exit N" line each. */
    private String exits() throws IOException {
        String all = Files.exists(exits) ? Files.readString(exits) : "";
        return all.substring(Math.min(exitsAtStart.length(), all.length()));
    }

    @AfterAll
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        for (long pid : Checkout.pids("--data " + kioskData)) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
        if (admin != null) {
            admin.descendants().forEach(ProcessHandle::destroy);
            admin.destroy();
            admin.waitFor(20, TimeUnit.SECONDS);
        }
        if (directory != null) {
            try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void aGoodReleaseWaitsUntilTheEmergencyCallIsOverThenRunsAndStays() throws Exception {
        Files.writeString(button, "press\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        kiosk.waitUntil("the alarm page", AlarmBoard::showsAlarmPage, Duration.ofSeconds(10));
        publish(kioskJar(), "2.0-good", "wt-station-1");
        beat("2.0-good downloaded and staged", b -> b.state("STAGED") && "2.0-good".equals(b.target));
        Instant holdUntil = Instant.now().plusSeconds(4);
        while (Instant.now().isBefore(holdUntil)) {
            assertThat(heartbeat().appVersion).as("no switch during an open call").isEqualTo("0.1.0");
            assertThat(exits()).as("no restart during an open call").isEmpty();
            Thread.sleep(250);
        }
        kiosk.choose("工作人员结束呼叫");
        for (char digit : PIN.toCharArray()) {
            kiosk.press(String.valueOf(digit));
        }
        kiosk.press("Enter");
        kiosk.waitUntil("the call ended", s -> !s.contains("工作人员结束呼叫"), Duration.ofSeconds(10));
        kiosk.press("0");
        Heartbeat now = beat("2.0-good running and healthy", b -> "2.0-good".equals(b.appVersion) && b.state("CURRENT"));
        assertThat(now.previous).isEqualTo("packaged");
        assertThat(exits()).isEqualTo("exit 75\n");
        Path releases = kioskData.resolve("releases");
        assertThat(releases.resolve("current")).hasContent("2.0-good");
        assertThat(releases.resolve("previous")).hasContent("packaged");
        assertThat(releases.resolve("trial")).doesNotExist();
        kiosk.waitFor("紧急呼叫", Duration.ofSeconds(10));
    }

    @Test
    @Order(2)
    void aReleaseWhoseBytesDoNotMatchItsSignatureIsRefused() throws Exception {
        publish(kioskJar(), "2.1-forged", "wt-station-2");
        Path stored = server.resolve("releases").resolve("2.1-forged.jar");
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(stored, bytes);
        Checkout.menkou(directory, Duration.ofSeconds(60), "release", "stage", "2.1-forged", "--all", "--data",
                server.toString());
        Heartbeat refused = beat("2.1-forged refused", b -> b.state("REFUSED") && "2.1-forged".equals(b.target));
        assertThat(refused.detail).contains("wrong hash");
        assertThat(refused.appVersion).isEqualTo("2.0-good");
        assertThat(kioskData.resolve("releases").resolve("2.1-forged")).doesNotExist();
        assertThat(exits()).isEqualTo("exit 75\n");
    }

    @Test
    @Order(3)
    void aReleaseThatCrashesOnStartIsRolledBackByItself() throws Exception {
        publish(crashingJar(), "2.2-crash", "wt-station-1");
        Heartbeat back = beat("2.2-crash rolled back", b -> b.state("ROLLED_BACK") && "2.2-crash".equals(b.target));
        assertThat(back.appVersion).isEqualTo("2.0-good");
        assertThat(back.detail).contains("not healthy after 3 starts");
        assertThat(exits()).isEqualTo("exit 75\nexit 75\nexit 1\nexit 1\nexit 1\n");
        assertThat(kioskData.resolve("releases").resolve("current")).hasContent("2.0-good");
        kiosk.waitFor("紧急呼叫", Duration.ofSeconds(10));
    }

    private static Path kioskJar() {
        return Checkout.ROOT.resolve("kiosk").resolve("target").resolve("menkou-kiosk.jar");
    }

    private void publish(Path jar, String version, String station) throws IOException, InterruptedException {
        String out = Checkout.menkou(directory, Duration.ofSeconds(60), "release", "publish", jar.toString(), "--version",
                version, "--station", station, "--data", server.toString());
        assertThat(out).contains("release " + version + " published");
    }

    private void setAlarmPin() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Checkout.LAUNCHER.toString(), "alarm-pin", "--data", kioskData.toString())
                .directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("alarm-pin.out").toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((PIN + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(directory.resolve("alarm-pin.out"))).isZero();
    }

    /** A jar whose main class exits with status 1 at once, compiled here. */
    private Path crashingJar() throws IOException {
        Path src = Files.createDirectories(directory.resolve("crash"));
        Files.writeString(src.resolve("Crash.java"), "public class Crash { public static void main(String[] a) {"
                + " System.err.println(\"crashing on purpose\"); System.exit(1); } }");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", src.toString(),
                src.resolve("Crash.java").toString())).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Crash");
        Path jar = directory.resolve("crash.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("Crash.class"));
            out.write(Files.readAllBytes(src.resolve("Crash.class")));
            out.closeEntry();
        }
        return jar;
    }

    /** The kiosk's latest heartbeat as the server stored it. */
    private record Heartbeat(String appVersion, String state, String previous, String target, String detail) {
        boolean state(String value) {
            return value.equals(state);
        }
    }

    private Heartbeat heartbeat() throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + server.resolve("menkou.db"));
             PreparedStatement q = c.prepareStatement("SELECT app_version, update_report FROM kiosk WHERE id = ?")) {
            q.setString(1, kioskId);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String report = rs.getString("update_report");
                if (report == null) {
                    return new Heartbeat(rs.getString("app_version"), null, null, null, null);
                }
                JsonNode u = json.readTree(report);
                return new Heartbeat(rs.getString("app_version"), text(u, "state"), text(u, "previous"), text(u, "target"),
                        text(u, "detail"));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private Heartbeat beat(String what, Predicate<Heartbeat> condition) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        Heartbeat last = heartbeat();
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("within " + WAIT + " the kiosk never reported " + what + "; last heartbeat: " + last
                        + "\nexits: " + exits() + "\nkiosk log:\n"
                        + tail(kioskData.resolve("logs").resolve("kiosk.log")) + "\nterminal:\n" + printedTail()
                        + "\nscreen:\n" + kiosk.screen());
            }
            Thread.sleep(200);
            last = heartbeat();
        }
        return last;
    }

    /** The last lines the terminal printed (the start script's and the kiosk's stderr before it takes the screen). */
    private String printedTail() throws IOException {
        List<String> lines = kiosk.printed().lines().filter(l -> !l.isBlank() && !l.contains("┃")).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Matcher waitForLine(Path file, Pattern pattern) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(deadline)) {
            Matcher m = pattern.matcher(Files.readString(file));
            if (m.find()) {
                return m;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never printed " + pattern + ":\n" + Files.readString(file));
    }
}
