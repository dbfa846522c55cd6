package org.menkou.integration.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.KioskPoster;
import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmLauncher;
import org.menkou.kiosk.alarm.KioskAlarm;
import org.menkou.kiosk.sync.KioskCredentials;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.KioskSyncLauncher;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.sync.SyncSettings.VoiceReport;

/**
 * Backup and restore of a running server, all real: the admin jar serving an SQLite data directory in its own process
 * under a load of bookings and alarms from kiosk API clients, {@code menkou backup} run beside it, the data directory
 * destroyed, {@code menkou restore}, the server started again. Every booking and alarm confirmed before the backup
 * started is back; kiosks whose content is newer than the backup resynchronise by themselves.
 */
@Tag("integration")
@Tag("sqlite")
@Tag("topology")
class BackupRestoreIT {
    private static final String STATION = "wt-station-1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final VoiceReport NO_VOICE = new VoiceReport(false, "none");

    @TempDir
    Path dir;

    /** Bookings and alarms sent by API clients until stopped; each one confirmed is recorded. */
    private static final class Load implements AutoCloseable {
        final Set<String> bookings = ConcurrentHashMap.newKeySet();
        final Set<String> alarms = ConcurrentHashMap.newKeySet();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        Load(int port, String token) {
            URI events = URI.create("http://127.0.0.1:" + port + KioskApiPaths.EVENTS);
            KioskPoster poster = new KioskPoster(port);
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = SyncJson.strict();
            for (int i = 0; i < 2; i++) {
                start("booker-" + i, () -> {
                    while (running) {
                        book(http, json, events, token).ifPresent(bookings::add);
                    }
                });
            }
            start("alarms", () -> {
                while (running) {
                    try {
                        alarms.add(poster.alarm(token));
                        Thread.sleep(40);
                    } catch (IllegalStateException e) {
                        pause();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        private void start(String name, Runnable work) {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }

        /** A walk-in lunch booking for tomorrow; its id when the server confirmed it. */
        private static Optional<String> book(HttpClient http, ObjectMapper json, URI events, String token) {
            try {
                BookingRequest r = MealTesting.request(UUID.randomUUID().toString(), LocalDate.now(MealTesting.ZONE)
                        .plusDays(1), null, false);
                KioskEvent e = new KioskEvent(UUID.randomUUID().toString(), BookingRequest.EVENT_TYPE, Instant.now(),
                        json.valueToTree(r));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(events)
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new EventBatch(List.of(e)))))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("CONFIRMED")) {
                    return Optional.of(r.bookingId());
                }
            } catch (IOException e) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }

        private static void pause() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            running = false;
            try {
                for (Thread t : threads) {
                    t.join(10_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aBackupUnderLoadRestoresEveryConfirmedBookingAndAlarmAndKiosksResyncByThemselves() throws Exception {
        Path data = dir.resolve("server");
        Path archive = dir.resolve("backups/menkou.zip");
        AdminFixture seed = new AdminFixture(data);
        MealTesting.lunch(seed.store, LocalDate.now(MealTesting.ZONE).plusDays(1), 100_000);
        String loadToken = seed.admin.kiosks().register(STATION, "load", "boss").token();
        String tokenA = seed.admin.kiosks().register(STATION, "a", "boss").token();
        String tokenB = seed.admin.kiosks().register(STATION, "b", "boss").token();
        CardIssuer.forDataDirectory(data, seed.store, Clock.systemUTC(), Period.ofYears(5)).issue("r-3f8x1w");
        seed.store.database().close();
        byte[] signingKey = Files.readAllBytes(data.resolve("keys/card-signing.key"));

        try (AdminProcess server = AdminProcess.onDataDirectory("admin", data, dir.resolve("logs"));
             Kiosk kioskA = Kiosk.start(dir.resolve("kiosk-a"), server, tokenA, true);
             Kiosk kioskB = Kiosk.start(dir.resolve("kiosk-b"), server, tokenB, false)) {
            editNotice(data, "before-backup");
            Set<String> bookingsBefore;
            Set<String> alarmsBefore;
            try (Load load = new Load(server.port(), loadToken)) {
                await("load is running").atMost(WAIT).until(() -> load.bookings.size() >= 20 && load.alarms.size() >= 5);
                bookingsBefore = Set.copyOf(load.bookings);
                alarmsBefore = Set.copyOf(load.alarms);
                assertThat(cli("backup", "--data", data.toString(), "--to", archive.toString())).contains("backed up");
                int afterBackup = load.bookings.size();
                await("load goes on after the backup").atMost(WAIT).until(() -> load.bookings.size() > afterBackup + 5);
            }
            assertThat(Files.getPosixFilePermissions(archive)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
            assertThat(cli("restore", "--from", archive.toString(), "--data", data.toString()))
                    .as("refused while the server runs").contains("a Menkou server is running on");

            editNotice(data, "after-backup");
            KioskAlarm pressed = kioskA.alarm.alarms().press(AlarmSource.BUTTON);
            await("alarm delivered after the backup").atMost(WAIT)
                    .until(() -> kioskA.alarm.alarms().find(pressed.id()).orElseThrow().delivered() != null);
            long lostTimeline = currentVersion(data);
            kioskB.sync.runOnce();
            kioskA.awaitVersion(lostTimeline);
            assertThat(kioskB.notices()).contains("after-backup");

            server.stop();
            deleteTree(data);
            assertThat(cli("restore", "--from", archive.toString(), "--data", data.toString())).contains("restored");
            String queuedWhileDown = kioskA.sync.outbox().add(BookingRequest.EVENT_TYPE, MealTesting.request(
                    UUID.randomUUID().toString(), LocalDate.now(MealTesting.ZONE).plusDays(1), null, false));
            server.restart();

            assertRestored(data, bookingsBefore, alarmsBefore);
            assertThat(Files.readAllBytes(data.resolve("keys/card-signing.key"))).isEqualTo(signingKey);
            long restored = currentVersion(data);
            assertThat(restored).isLessThan(lostTimeline);
            await("kiosk A (version from the future) resyncs by itself").atMost(WAIT).until(() -> {
                kioskA.sync.syncNow();
                return kioskA.sync.isOnline() && kioskA.sync.status().contentVersion() == restored
                        && kioskA.sync.outbox().pendingCount() == 0;
            });
            assertThat(kioskA.notices()).contains("before-backup").doesNotContain("after-backup");
            assertThat(kioskA.sync.outbox().state(queuedWhileDown)).hasValue(Outbox.State.DELIVERED);
            assertThat(bookingIds(data)).contains(bookingIdOf(kioskA, queuedWhileDown));
            await("the open alarm the restored server lost is sent again").atMost(WAIT)
                    .until(() -> alarmIds(data).contains(pressed.id()));

            editNotice(data, "after-restore");
            assertThat(currentVersion(data)).as("past every version of the lost history").isGreaterThan(lostTimeline);
            kioskB.sync.runOnce();
            assertThat(kioskB.notices()).as("kiosk B, last synced in the lost history, starts afresh")
                    .contains("before-backup", "after-restore").doesNotContain("after-backup");
        }
    }

    /**
     * A kiosk's replica and sync on its own SQLite file: a background loop with the alarm sender beside it (as
     * {@code menkou kiosk} runs them), or a sync driven round by round and no alarms.
     */
    private record Kiosk(ContentStore store, KioskSync sync, AlarmLauncher alarm) implements AutoCloseable {
        static Kiosk start(Path data, AdminProcess server, String token, boolean background) throws Exception {
            KioskCredentials credentials = KioskSyncLauncher.remember(data, List.of(URI.create(server.url() + "/")), token,
                    null).orElseThrow();
            ContentStore store = ContentStore.open(Database.openIn(data));
            if (!background) {
                return new Kiosk(store, KioskSync.manual(store, Outbox.open(store.database(), Clock.systemUTC()),
                        KioskSyncLauncher.settings(credentials, "test", () -> NO_VOICE), Clock.systemUTC()), null);
            }
            store.database().migrate(AlarmJournal.MIGRATIONS);
            KioskSync sync = KioskSyncLauncher.start(store, credentials, "test", () -> NO_VOICE, Duration.ofMillis(300));
            return new Kiosk(store, sync, AlarmLauncher.start(data, store, STATION, "key:F12", Optional.of(sync),
                    Optional::empty));
        }

        void awaitVersion(long version) {
            await("kiosk at content version " + version).atMost(WAIT)
                    .until(() -> sync.isOnline() && sync.status().contentVersion() == version);
        }

        List<String> notices() {
            return store.notices().all().stream().map(Notice::id).toList();
        }

        @Override
        public void close() {
            if (alarm != null) {
                alarm.close();
            }
            sync.close();
            store.database().close();
        }
    }

    /** Saves a notice with id {@code id} through a second connection to the server's database, as another node would. */
    private static void editNotice(Path data, String id) {
        try (Database db = Database.openIn(data)) {
            LocalDate today = LocalDate.now(MealTesting.ZONE);
            ContentStore.open(db).notices().save(new Notice(id, NoticeKind.NOTICE, "备份测试", "备份测试通知", null,
                    today, today.plusDays(7)));
        }
    }

    private static long currentVersion(Path data) {
        try (Database db = Database.openIn(data)) {
            return ContentStore.open(db).changes().currentVersion();
        }
    }

    private static void assertRestored(Path data, Set<String> bookings, Set<String> alarms) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME))) {
            assertThat(column(c, "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(column(c, "SELECT id FROM meal_booking WHERE status = 'CONFIRMED'"))
                    .as("every booking confirmed before the backup").containsAll(bookings);
            assertThat(column(c, "SELECT alarm_id FROM alarm")).as("every alarm taken before the backup")
                    .containsAll(alarms);
        }
    }

    private static List<String> bookingIds(Path data) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME))) {
            return column(c, "SELECT id FROM meal_booking");
        }
    }

    private static List<String> alarmIds(Path data) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME))) {
            return column(c, "SELECT alarm_id FROM alarm");
        }
    }

    private static String bookingIdOf(Kiosk kiosk, String eventId) {
        return kiosk.sync.outbox().entries(BookingRequest.EVENT_TYPE).stream()
                .filter(e -> e.event().id().equals(eventId)).findFirst().orElseThrow().event().payload().get("bookingId").asText();
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Runs {@code menkou ARGS} from the admin jar in its own process; returns its output (stdout and stderr). */
    private String cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx128m", "-jar", AdminProcess.ADMIN_JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
