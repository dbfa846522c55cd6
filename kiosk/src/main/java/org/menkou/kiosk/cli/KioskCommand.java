package org.menkou.kiosk.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.menkou.content.CentreZone;
import org.menkou.content.ContentException;
import org.menkou.content.DataDirectory;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.alarm.AlarmJournal;
import org.menkou.kiosk.alarm.AlarmLauncher;
import org.menkou.kiosk.meals.KioskMealBookings;
import org.menkou.kiosk.remote.RecentErrors;
import org.menkou.kiosk.requests.KioskRequests;
import org.menkou.kiosk.screen.UiThread;
import org.menkou.kiosk.session.IdentifiedResident;
import org.menkou.kiosk.session.ResidentSession;
import org.menkou.kiosk.sync.KioskCredentials;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.KioskSyncLauncher;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.systemd.UiWatchdog;
import org.menkou.kiosk.tui.KioskTui;
import org.menkou.kiosk.tui.TerminalKiosk;
import org.menkou.kiosk.update.KioskUpdater;
import org.menkou.kiosk.voice.KioskVoices;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.VoiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code menkou kiosk}: runs the kiosk on its data directory, synced with the admin server when it has one. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = {"Run the kiosk on a data directory: one made by 'menkou init' (no server needed), or a kiosk's own",
                "replica synced with the admin server (--server and --token the first time; they are remembered).",
                "Ctrl+C stops it."})
final class KioskCommand implements Callable<Integer> {
    static final String APP_VERSION = "0.1.0";
    static final Duration FIRST_SYNC_WAIT = Duration.ofSeconds(60);
    /** How long a booking waits for the server's answer before it is shown as 待确认. */
    static final Duration BOOKING_WAIT = Duration.ofMillis(1500);

    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Option(names = "--window", description = "Full-screen window with a large CJK font instead of this terminal.")
    boolean window;

    @Option(names = "--font-size", description = "Font size in pixels for --window (default: the largest at which every screen fits, 66 at 1920x1080).")
    Integer fontSize;

    @Option(names = "--station", description = "Id of the station this kiosk stands in (default: the one the server registered it for).")
    String station;

    @Option(names = "--server", description = {"Admin server URL, e.g. http://127.0.0.1:7080 (first start; remembered).",
            "Repeat it for the nodes of one site, preferred first: the kiosk moves on to the next when one does not answer."})
    List<URI> servers = new ArrayList<>();

    @Option(names = "--server-ca", description = "PEM file of the CA that signs the https servers' certificates: only it is"
            + " trusted (copied into the data directory; remembered).")
    Path serverCa;

    @Option(names = "--token", description = "This kiosk's token from 'menkou kiosks add' (first start; remembered).")
    String token;

    @Option(names = "--token-file", description = "Read the token from the first line of this file instead: other users"
            + " do not see it in the process list (e.g. /etc/menkou/kiosk.token of the kiosk package).")
    Path tokenFile;

    @Option(names = "--lang", defaultValue = "zh-CN", converter = LanguageConverter.class,
            description = "Language the kiosk starts in: zh-CN (default) or en; residents switch with 8 on the home screen.")
    VoiceLanguage language;

    @Option(names = "--mic-file", description = "A 16 kHz mono WAV file standing in for the microphone.")
    Path micFile;

    @Option(names = "--speaker-file", description = "Write speech to this WAV file instead of a speaker.")
    Path speakerFile;

    @Option(names = "--models", description = "Directory holding models/vosk-<lang>/ (default: the data directory).")
    Path modelsHome;

    @Option(names = "--no-voice", description = "Run by keys only: no speech, no listening.")
    boolean noVoice;

    @Option(names = "--sync-seconds", defaultValue = "30", description = "Heartbeat and content pull interval (default: ${DEFAULT-VALUE}).")
    int syncSeconds;

    @Option(names = "--time-zone", defaultValue = CentreZone.DEFAULT_ID, description = {"The centre's time zone, the same as"
            + " the server's --time-zone: what today and tomorrow are, meal cut-offs and opening hours, whatever zone"
            + " this machine's clock is set to (default: ${DEFAULT-VALUE})."})
    ZoneId zone;

    @Option(names = "--button", defaultValue = "key:F12", description = {"The red emergency button: key:F12,"
            + " gpio:CHIP:LINE[:active-high], serial:PORT[:BAUD] or simulated:FILE (default: ${DEFAULT-VALUE})."})
    String button;

    @Option(names = "--release-key", description = {"The district release key (base64 text file, from the server's"
            + " DATA/keys/release-signing.pub or the releases page) that kiosk updates must be signed with; pinned in the"
            + " data directory. Else $MENKOU_RELEASE_KEY, else the key the server gives on first use (trust on first use)."})
    Path releaseKey;

    @Option(names = "--update-seconds", defaultValue = "300", description = "How often to ask the server for a new"
            + " kiosk release (default: ${DEFAULT-VALUE}).")
    int updateSeconds;

    /** Handed the UI thread before the UI starts; a test build uses it to reach the UI thread. */
    private final Consumer<UiThread> onUiThread;

    KioskCommand() {
        this(ui -> { });
    }

    KioskCommand(Consumer<UiThread> onUiThread) {
        this.onUiThread = onUiThread;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = DataDirectory.resolve(data, System.getenv());
        KioskLogging.toDirectory(dir);
        RecentErrors errors = RecentErrors.attachToRoot();
        Optional<KioskCredentials> credentials = credentials(dir);
        Database database = Database.openIn(dir);
        ContentStore store = ContentStore.open(database);
        // Before the sync thread writes: a migration racing a writer on the same SQLite file fails (BUSY_SNAPSHOT).
        database.migrate(AlarmJournal.MIGRATIONS);
        Optional<KioskVoices> voice = noVoice ? Optional.empty() : KioskVoices.open(VoiceOptions.defaults(modelsHome != null ? modelsHome : dir)
                .withLanguage(language).withMicFile(micFile).withSpeakerFile(speakerFile), System.out);
        Optional<KioskSync> sync = credentials.map(c -> KioskSyncLauncher.start(store, c, KioskUpdater.appVersion(APP_VERSION),
                () -> KioskVoices.report(voice), Duration.ofSeconds(syncSeconds)));
        Optional<KioskUpdater> updater = sync.flatMap(s -> KioskUpdates.start(dir, s, releaseKey, APP_VERSION,
                Duration.ofSeconds(updateSeconds)));
        try {
            Optional<String> noContent = missingContent(dir, store, sync);
            if (noContent.isPresent()) {
                System.err.println("menkou kiosk: " + noContent.get());
                return 1;
            }
            String stationId = station != null ? station : store.meta(KioskSync.STATION_META).orElse(null);
            KioskMealBookings bookings = sync.map(s -> KioskMealBookings.over(s, BOOKING_WAIT))
                    .orElseGet(() -> KioskMealBookings.offline(Outbox.open(database, Clock.systemUTC())));
            KioskRequests requests = sync.map(s -> KioskRequests.over(s, BOOKING_WAIT))
                    .orElseGet(() -> KioskRequests.offline(Outbox.open(database, Clock.systemUTC())));
            // The alarm is started before the kiosk app, which owns the card session it asks who is identified.
            AtomicReference<ResidentSession> residents = new AtomicReference<>(ResidentSession.none());
            try (AlarmLauncher alarm = AlarmLauncher.start(dir, store, stationId, button, sync,
                    () -> residents.get().current().map(IdentifiedResident::id))) {
                KioskFeatures.Builder features = KioskFeatures.builder().language(language).booking(bookings)
                        .requests(requests).alarms(alarm.alarms());
                voice.ifPresent(v -> features.listening(v::canListen));
                KioskApp app = new KioskApp(store, Clock.system(zone), stationId, features.build());
                residents.set(app.session());
                sync.ifPresent(s -> s.addListener(status -> app.cardDataChanged()));
                RemoteSetup remote = new RemoteSetup(dir, alarm, voice, errors, sync);
                UiWatchdog watchdog = UiWatchdog.start(System.getenv(), app.uiThread());
                try {
                    onUiThread.accept(app.uiThread());
                    TerminalKiosk.run(app.navigator(), remote.scanning(app::scanned), window,
                            fontSize == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(fontSize), tui -> {
                                attach(tui, app, alarm, sync, voice);
                                remote.attach(tui, app, store, alarm, sync);
                                updater.ifPresent(u -> u.attach(KioskUpdates.gate(tui, app, alarm)));
                            });
                } finally {
                    watchdog.close();
                }
                boolean restart = remote.restartRequested() || updater.filter(KioskUpdater::restartRequested).isPresent();
                return restart ? KioskUpdater.RESTART_EXIT : 0;
            }
        } finally {
            updater.ifPresent(KioskUpdater::close);
            sync.ifPresent(KioskSync::close);
            voice.ifPresent(KioskVoices::close);
            database.close();
        }
    }

    /** Why the kiosk cannot start for lack of content (after waiting for its first sync), or empty when it has some. */
    private static Optional<String> missingContent(Path dir, ContentStore store, Optional<KioskSync> sync)
            throws InterruptedException {
        if (store.changes().currentVersion() > 0) {
            return Optional.empty();
        }
        if (sync.isEmpty()) {
            return Optional.of(dir + " has no content yet; run './menkou init --data " + dir
                    + "' first, or give --server and --token.");
        }
        if (!awaitFirstContent(sync.get())) {
            return Optional.of("no content from " + sync.get().servers().all() + " within "
                    + FIRST_SYNC_WAIT.toSeconds() + " s: " + sync.get().status().problem());
        }
        return Optional.empty();
    }

    /**
     * The server flags applied to what {@code dir} holds ({@link KioskSyncLauncher#remember}): the credentials in
     * force, empty when the kiosk runs without a server; a bad flag or CA file is refused with a ContentException.
     */
    Optional<KioskCredentials> credentials(Path dir) {
        return KioskSyncLauncher.remember(dir, servers, tokenFile == null ? token : tokenFrom(tokenFile), serverCa);
    }

    /** The first non-blank line of {@code file}, trimmed; a missing, unreadable or empty file is a ContentException. */
    private String tokenFrom(Path file) {
        if (token != null) {
            throw new ContentException("give --token or --token-file, not both");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim).filter(l -> !l.isEmpty())
                    .findFirst().orElseThrow(() -> new ContentException("the token file " + file + " is empty"));
        } catch (IOException e) {
            throw new ContentException("cannot read the token file " + file + ": " + e.getMessage());
        }
    }

    /** Wires the started terminal to the app: the UI thread, the staff status, the red button, alarms and voice. */
    private static void attach(KioskTui tui, KioskApp app, AlarmLauncher alarm, Optional<KioskSync> sync,
            Optional<KioskVoices> voice) {
        app.uiThread().attach(task -> tui.post(() -> {
            task.run();
            tui.refresh();
        }));
        StaffStatus staff = new StaffStatus(tui::showStatus, app.language().get());
        app.language().onChange(staff::language);
        sync.ifPresent(s -> {
            staff.offline(!s.status().online());
            s.addListener(status -> tui.post(() -> staff.offline(!status.online())));
        });
        if (!alarm.watchButton(() -> tui.post(() -> tui.emergency(AlarmSource.BUTTON)))) {
            staff.buttonUnusable();
        }
        alarm.onAlarmUpdate(() -> tui.post(tui::refresh));
        voice.ifPresent(v -> {
            v.attach(tui, app.navigator().view());
            app.language().onChange(v::switchTo);
        });
    }

    private static boolean awaitFirstContent(KioskSync sync) throws InterruptedException {
        System.out.println("menkou kiosk: fetching content from the server ...");
        CountDownLatch arrived = new CountDownLatch(1);
        sync.addListener(status -> {
            if (status.contentVersion() > 0) {
                arrived.countDown();
            }
        });
        return sync.status().contentVersion() > 0 || arrived.await(FIRST_SYNC_WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
