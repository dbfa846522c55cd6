package org.menkou.kiosk.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.menkou.content.ContentException;
import org.menkou.content.protocol.CommandResult;
import org.menkou.content.protocol.ContentCodec;
import org.menkou.content.protocol.ContentItem;
import org.menkou.content.protocol.ContentPage;
import org.menkou.content.protocol.DeviceReport;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.KioskIdentity;
import org.menkou.content.protocol.RemoteCommand;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.protocol.UpdateReport;
import org.menkou.content.store.ContentEntity;
import org.menkou.content.store.ContentStore;
import org.menkou.content.store.Replica;
import org.menkou.kiosk.background.BackgroundLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk side of sync: one {@link BackgroundLoop} ("kiosk-sync") that, every interval, queues a heartbeat, pushes
 * the outbox and pulls content changes into the local replica; {@link #syncNow()} wakes it for an extra round. The
 * kiosk always runs from its replica; when the server cannot be reached the status turns offline and the loop retries
 * as {@link SyncSettings#retry()} says (capped exponential backoff with jitter by default), catching up when the
 * server returns. {@link #close()} stops the loop and waits for its thread.
 */
public final class KioskSync implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskSync.class);
    private static final int EVENT_BATCH = 100;
    /**
     * How long delivered events are kept (the kiosk reads its bookings and their answers from them): well past the
     * last meal any of them books (at most a few days ahead), then pruned after a round.
     */
    static final java.time.Duration DELIVERED_HISTORY = java.time.Duration.ofDays(14);
    /** Replica metadata key holding the id of the station the server registered this kiosk for. */
    public static final String STATION_META = "kiosk_station";
    /** Replica metadata key holding this kiosk's id as the server registered it (alarms carry it). */
    public static final String KIOSK_META = "kiosk_id";

    private final ContentStore replica;
    private final Outbox outbox;
    private final SyncSettings settings;
    private final SyncClient client;
    private final ServerList servers;
    private final Clock clock;
    private final ContentCodec codec = new ContentCodec(SyncJson.lenient());
    private final Random random = new Random();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final BackgroundLoop loop = new BackgroundLoop("kiosk-sync", Duration.ofSeconds(15), this::round);
    private volatile SyncStatus status;
    /** Asked on the sync thread before each heartbeat; must return fast. */
    private volatile java.util.function.Supplier<UpdateReport> updates = () -> null;
    /** Consecutive failed rounds; read and written on the loop's thread only. */
    private int failures;
    /** Whether the last content page said commands wait for this kiosk; the round's thread only. */
    private boolean commandsPending;
    private volatile Supplier<DeviceReport> device = () -> null;
    private volatile CommandRunner commands;

    KioskSync(ContentStore replica, Outbox outbox, SyncSettings settings, Clock clock) {
        this.replica = replica;
        this.outbox = outbox;
        this.settings = settings;
        this.servers = new ServerList(settings.servers(), settings.retryPreferred(), clock);
        this.client = new SyncClient(servers, settings.token(), SyncClient.TIMEOUT, settings.tls());
        this.clock = clock;
        this.status = new SyncStatus(false, syncedVersion(), null, outbox.pendingCount(), "not yet connected");
    }

    /**
     * Starts syncing {@code replica} (the kiosk's own store) with the server in {@code settings}; events go through
     * {@code outbox}. The first round starts at once. The caller closes the returned object.
     */
    public static KioskSync start(ContentStore replica, Outbox outbox, SyncSettings settings, Clock clock) {
        KioskSync sync = new KioskSync(replica, outbox, settings, clock);
        sync.loop.start();
        return sync;
    }

    /** The latest status; never null. */
    public SyncStatus status() {
        return status;
    }

    public boolean isOnline() {
        return status.online();
    }

    /**
     * Calls {@code listener} with every new status, on the sync thread: it must return fast and hand UI work to
     * the UI thread itself.
     */
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    /**
     * Asks the server a question besides sync ({@link SyncClient#ask}, {@code path} one of
     * {@link org.menkou.content.protocol.KioskApiPaths}) on the calling thread, which must not be the
     * UI thread; throws SyncException when the server cannot be used.
     */
    public <T> T ask(String path, Object body, Class<T> type) {
        return client.ask(path, body, type);
    }

    /** The kiosk's servers and the one it uses now, shared by every client of this sync ({@link #clientWithTimeout}). */
    public ServerList servers() {
        return servers;
    }

    /**
     * A client of this kiosk's servers, token and TLS trust whose calls give up after {@code timeout} (e.g. short for
     * the alarm sender). It shares {@link #servers()} with the sync loop, so both move to the server that answers.
     */
    public SyncClient clientWithTimeout(Duration timeout) {
        return new SyncClient(servers, settings.token(), timeout, settings.tls());
    }

    public Outbox outbox() {
        return outbox;
    }

    /**
     * From now on heartbeats carry {@code report}'s answer, asked on the sync thread before each heartbeat (it must
     * return fast; null sends none).
     */
    public void reportDevice(Supplier<DeviceReport> report) {
        this.device = report;
    }

    /**
     * From now on remote commands are done by {@code runner} ({@link CommandRunner}); until then, and for a kiosk that
     * sets none, every command but a re-sync is answered as failed.
     */
    public void runCommands(CommandRunner runner) {
        this.commands = runner;
    }

    /** Reports {@code source}'s update state in every heartbeat; it is asked on the sync thread and must return fast. */
    public void reportUpdates(Supplier<UpdateReport> source) {
        updates = source;
    }

    /** Starts a round (push and pull) now instead of at the next interval, e.g. after queueing an urgent event. */
    public void syncNow() {
        loop.wake();
    }

    /** Stops the background loop (if {@link #start}ed) and waits up to 15 s for a round in progress. */
    @Override
    public void close() {
        loop.close();
    }

    /**
     * One pass of the background loop: a round, then the interval, or after a failure the retry policy's delay. A
     * wake-up ({@link #syncNow}) is an extra round without a heartbeat; the regular round has one.
     */
    private Duration round(boolean woken) {
        try {
            runRound(!woken);
            failures = 0;
            return settings.interval();
        } catch (SyncException e) {
            Duration wait = settings.retry().delayAfter(++failures, random);
            log.info("sync failed ({}), retry in {} ms: {}", e.kind(), wait.toMillis(), e.getMessage());
            update(false, e.getMessage());
            return wait;
        } catch (RuntimeException e) {
            Duration wait = settings.retry().delayAfter(++failures, random);
            log.warn("sync round failed, retry in {} ms", wait.toMillis(), e);
            update(false, e.getMessage());
            return wait;
        }
    }

    /**
     * Creates a sync engine without starting its thread, for tools, tests and benchmarks that drive rounds with
     * {@link #runOnce()} themselves.
     */
    public static KioskSync manual(ContentStore replica, Outbox outbox, SyncSettings settings, Clock clock) {
        return new KioskSync(replica, outbox, settings, clock);
    }

    /**
     * Runs one round (heartbeat, push, pull) on the calling thread and updates the status; throws SyncException
     * when the server cannot be used. Not to be called while the background loop of {@link #start} runs.
     */
    public void runOnce() {
        try {
            runRound(true);
        } catch (SyncException e) {
            update(false, e.getMessage());
            throw e;
        }
    }

    /**
     * One round on the calling thread: learn the kiosk's station (once), heartbeat (when due), push, pull. Throws
     * when the server cannot be used.
     */
    void runRound(boolean heartbeat) {
        if (replica.meta(STATION_META).isEmpty() || replica.meta(KIOSK_META).isEmpty()) {
            KioskIdentity me = client.me();
            if (replica.meta(STATION_META).isEmpty()) {
                replica.putMeta(STATION_META, me.stationId());
            }
            replica.putMeta(KIOSK_META, me.kioskId());
        }
        if (heartbeat) {
            SyncSettings.VoiceReport voice = settings.voice().get();
            outbox.replacePending(Heartbeat.TYPE, new Heartbeat(syncedVersion(), settings.appVersion(),
                    voice.modelInstalled(), voice.status(), deviceReport(), updates.get()));
        }
        pushOutbox();
        int pruned = outbox.prune(clock.instant().minus(DELIVERED_HISTORY));
        if (pruned > 0) {
            log.info("pruned {} delivered events older than {} days", pruned, DELIVERED_HISTORY.toDays());
        }
        pullContent();
        if (commandsPending) {
            doCommands();
        }
        update(true, null);
    }

    private DeviceReport deviceReport() {
        try {
            return device.get();
        } catch (RuntimeException e) {
            log.warn("device report failed; heartbeat without it", e);
            return null;
        }
    }

    /**
     * Fetches this kiosk's pending commands and delivers each one's result: a re-sync here, the rest by the
     * {@link CommandRunner}. A result the server refuses (the command expired meanwhile) is logged and passed over.
     */
    private void doCommands() {
        for (RemoteCommand c : client.commands().commands()) {
            CommandRunner runner = commands;
            CommandResult result;
            if (c.kind() == RemoteCommand.Kind.RESYNC) {
                result = resync();
            } else if (runner == null) {
                result = CommandResult.of(false, "this kiosk process does not take " + c.kind() + " commands");
            } else {
                result = runner.run(c.kind());
            }
            log.info("remote command {} ({}): {}", c.id(), c.kind(), result.ok() ? "done" : "failed");
            try {
                client.commandResult(c.id(), result);
            } catch (SyncException e) {
                if (e.kind() != SyncException.Kind.REFUSED) {
                    throw e;
                }
                log.warn("result of remote command {} refused: {}", c.id(), e.getMessage());
                continue;
            }
            if (runner != null) {
                runner.delivered(c.kind());
            }
        }
        commandsPending = false;
    }

    /**
     * Drops the content replica and takes a full snapshot, as for a server whose version went backwards. The outbox
     * (unsent bookings, alarms) is another table and stays as it is.
     */
    private CommandResult resync() {
        long before = syncedVersion();
        int events = outbox.size();
        int unsent = outbox.pendingCount();
        pullFrom(0);
        log.warn("re-synced from scratch on request: content version {} -> {}", before, syncedVersion());
        return CommandResult.of(true, "已从头重新同步：内容版本 " + before + " → " + syncedVersion() + "，本地事件 "
                + events + " → " + outbox.size() + " 条（待发 " + unsent + " → " + outbox.pendingCount() + " 条）");
    }

    private void pushOutbox() {
        List<KioskEvent> batch;
        while (!(batch = outbox.pending(EVENT_BATCH)).isEmpty()) {
            try {
                outbox.delivered(client.push(new EventBatch(batch)).receipts());
            } catch (SyncException e) {
                if (!isBadInput(e)) {
                    throw e;
                }
                pushOneByOne(batch);
            }
        }
    }

    /** After a refused batch: send each event alone, so only the bad ones are set aside. */
    private void pushOneByOne(List<KioskEvent> batch) {
        for (KioskEvent event : batch) {
            try {
                outbox.delivered(client.push(new EventBatch(List.of(event))).receipts());
            } catch (SyncException e) {
                if (!isBadInput(e)) {
                    throw e;
                }
                log.warn("event {} ({}) refused by the server ({}): {}", event.id(), event.type(), e.code(),
                        e.getMessage());
                outbox.rejected(List.of(event.id()), e.code(), e.getMessage());
            }
        }
    }

    private static boolean isBadInput(SyncException e) {
        return e.kind() == SyncException.Kind.REFUSED && (e.status() == 400 || e.status() == 413 || e.status() == 422);
    }

    private void pullContent() {
        long since = syncedVersion();
        try {
            pullFrom(since);
        } catch (SyncException e) {
            if (e.status() != 409 || since == 0) {
                throw e;
            }
            log.warn("server content is older than this kiosk's (version {}): taking a full snapshot", since);
            pullFrom(0);
        }
    }

    /** Fetches every page of one round, then applies the round in one transaction. */
    private void pullFrom(long since) {
        List<Replica.Change> changes = new ArrayList<>();
        boolean reset = false;
        long version = since;
        ContentPage page;
        int pages = 0;
        do {
            page = client.content(version, settings.pageSize());
            commandsPending = page.commandsPending();
            reset |= page.snapshot();
            if (page.snapshot()) {
                changes.clear();
            }
            page.items().forEach(item -> decode(item, changes));
            version = page.version();
            if (++pages > 10_000) {
                throw new SyncException(SyncException.Kind.SERVER_ERROR, 200, "too_many_pages", "content never ends", null);
            }
        } while (page.more());
        if (reset || !changes.isEmpty() || version != since) {
            replica.replica().apply(reset, changes, version);
            if (!changes.isEmpty()) {
                log.info("content synced: {} changes, version {} -> {}{}", changes.size(), since, version,
                        reset ? " (snapshot)" : "");
            }
        }
    }

    private void decode(ContentItem item, List<Replica.Change> into) {
        ContentEntity entity;
        try {
            entity = ContentEntity.valueOf(item.entity());
        } catch (IllegalArgumentException e) {
            log.debug("skipping content of a kind this kiosk does not know: {}", item.entity());
            return;
        }
        if (item.deleted()) {
            into.add(Replica.Change.tombstone(entity, item.id()));
            return;
        }
        try {
            into.add(new Replica.Change(entity, item.id(), codec.decode(entity, item.value())));
        } catch (ContentException e) {
            throw new SyncException(SyncException.Kind.SERVER_ERROR, 200, "bad_content",
                    "refused " + entity + " " + item.id() + ": " + e.getMessage(), e);
        }
    }

    private long syncedVersion() {
        return replica.replica().syncedVersion().orElse(0);
    }

    private void update(boolean online, String problem) {
        SyncStatus previous = status;
        Instant contact = online ? Instant.now(clock) : previous.lastContact();
        SyncStatus next = new SyncStatus(online, syncedVersion(), contact, outbox.pendingCount(), problem);
        status = next;
        for (Consumer<SyncStatus> l : listeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                log.warn("sync status listener failed", e);
            }
        }
    }
}
