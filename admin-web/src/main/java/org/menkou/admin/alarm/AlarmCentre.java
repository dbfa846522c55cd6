package org.menkou.admin.alarm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.alarm.channel.Escalation;
import org.menkou.admin.api.EventHandler;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.api.KioskRegistry;
import org.menkou.admin.audit.AuditLog;
import org.menkou.content.Resident;
import org.menkou.content.Station;
import org.menkou.content.Text;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmState;
import org.menkou.content.protocol.AlarmStatus;
import org.menkou.content.store.ContentStore;

/**
 * The emergency call at the centre: the kiosk event handlers, what responders do on the board (acknowledge, note,
 * resolve; each audited and pushed live to the boards of every node), the alarm state kiosks poll, and the watch
 * (escalation, supervision; on the leading node). Thread-safe. {@link #startWatch()} / {@link #close()} follow the
 * server's start and stop.
 */
public final class AlarmCentre implements AutoCloseable {
    public static final int MAX_NOTE = 500;
    private final Jdbi jdbi;
    private final AlarmRepository alarms;
    private final Supervision supervision;
    private final AuditLog audit;
    private final KioskRegistry kiosks;
    private final ContentStore store;
    private final BoardFeed feed;
    private final AlarmHandlers handlers;
    private final Clock clock;
    private final BooleanSupplier leading;
    private final List<AlarmFollowUp> followUps = new CopyOnWriteArrayList<>();
    private AlarmWatch watch;

    /**
     * @param db      the database: alarms are written to its {@link Database#durable()} connections
     * @param leading whether this node leads (does the watch) now
     */
    public AlarmCentre(Database db, AuditLog audit, KioskRegistry kiosks, ContentStore store, ObjectMapper json, Clock clock,
                       BooleanSupplier leading) {
        Jdbi jdbi = db.durable();
        this.jdbi = jdbi;
        this.feed = new BoardFeed(db.jdbi(), db.signals(), BoardFeed.POLL_EVERY);
        this.leading = leading;
        this.alarms = new AlarmRepository(jdbi);
        this.supervision = new Supervision(jdbi);
        this.audit = audit;
        this.kiosks = kiosks;
        this.store = store;
        this.clock = clock;
        this.handlers = new AlarmHandlers(alarms, supervision, audit, feed, json, clock, followUps);
        this.watch = new AlarmWatch(alarms, supervision, feed, AlarmSettings.defaults(), this::describe, this::describe,
                clock, leading);
    }

    /** Replaces the watch settings; call before {@link #startWatch()}. */
    public void configure(AlarmSettings settings) {
        watch.close();
        watch = new AlarmWatch(alarms, supervision, feed, settings, this::describe, this::describe, clock, leading);
    }

    /** Adds work that follows each alarm's life (family notices); call before the server takes requests. */
    public void follow(AlarmFollowUp followUp) {
        followUps.add(followUp);
    }

    /** What the follow-ups have to say about alarm {@code seq} on the board, in words. */
    public List<String> followUpLines(long seq) {
        return followUps.stream().flatMap(f -> f.boardLines(seq).stream()).toList();
    }

    /** The kiosk event handlers by type. */
    public Map<String, EventHandler> eventHandlers() {
        return handlers.all();
    }

    /** Starts the watch (it checks while this node leads) and the feed's listening to the other nodes. */
    public void startWatch() {
        feed.start();
        watch.start();
    }

    /** The watch, for tests that drive it with a controlled clock. */
    public AlarmWatch watch() {
        return watch;
    }

    public AlarmRepository alarms() {
        return alarms;
    }

    public Supervision supervision() {
        return supervision;
    }

    public BoardFeed feed() {
        return feed;
    }

    /** What the kiosk that sent {@code alarmId} is told about it; empty for an id it never sent. */
    public Optional<AlarmStatus> status(Kiosk kiosk, String alarmId) {
        return alarms.find(kiosk.id(), alarmId).map(a -> new AlarmStatus(a.alarmId(), a.state(), alarms.escalation(a)));
    }

    /** OPEN → ACKNOWLEDGED by {@code username}; false if it was not open. */
    public boolean acknowledge(long seq, String username) {
        return change(seq, username, "ACKNOWLEDGE", h -> alarms.acknowledge(h, seq, username, Instant.now(clock)));
    }

    /** Closes an active alarm as RESOLVED; false if it was already closed. */
    public boolean resolve(long seq, String username) {
        return change(seq, username, "RESOLVE", h -> alarms.close(h, seq, AlarmState.RESOLVED, username, Instant.now(clock)));
    }

    /** Adds a note (cleaned, at most {@value #MAX_NOTE} characters). */
    public boolean note(long seq, String username, String text) {
        String clean = Text.clean(text == null ? "" : text).strip();
        if (clean.isEmpty() || clean.length() > MAX_NOTE) {
            throw new IllegalArgumentException("备注不能为空，最多 " + MAX_NOTE + " 个字。");
        }
        return change(seq, username, "NOTE", h -> {
            alarms.addNote(h, seq, username, clean, Instant.now(clock));
            return true;
        });
    }

    private boolean change(long seq, String username, String action,
                           org.jdbi.v3.core.HandleCallback<Boolean, RuntimeException> update) {
        boolean changed = jdbi.inTransaction(h -> {
            Optional<Alarm> before = h.createQuery("SELECT kiosk_id, alarm_id FROM alarm WHERE seq = ?").bind(0, seq)
                    .map((rs, ctx) -> alarms.find(h, rs.getString(1), rs.getString(2))).findOne().flatMap(o -> o);
            if (before.isEmpty() || !update.withHandle(h)) {
                return false;
            }
            Alarm after = alarms.find(h, before.get().kioskId(), before.get().alarmId()).orElse(null);
            audit.record(h, username, action, "ALARM", Long.toString(seq), before.get(), after);
            if (after != null && before.get().isActive() && !after.isActive()) {
                followUps.forEach(f -> f.closed(h, after));
            }
            return true;
        });
        if (changed) {
            feed.publish(BoardFeed.Change.ALARM, seq);
        }
        return changed;
    }

    /** How the board and escalations name an alarm's station, kiosk and resident (masked). */
    public String stationName(String stationId) {
        return store.stations().find(stationId).map(Station::name).orElse(stationId);
    }

    public String kioskLabel(String kioskId) {
        return kiosks.find(kioskId).map(k -> k.label() + "（" + k.id() + "）").orElse(kioskId);
    }

    public String residentMasked(String residentId) {
        return residentId == null ? null : store.residents().find(residentId).map(Resident::maskedName).orElse("未知居民");
    }

    Escalation describe(Alarm a) {
        return new Escalation(a.seq(), a.alarmId(), stationName(a.stationId()),
                store.stations().find(a.stationId()).map(Station::phone).orElse(null), kioskLabel(a.kioskId()),
                residentMasked(a.residentId()), a.receivedAt(), null);
    }

    Escalation describe(Supervision.OfflineNotice n) {
        return Escalation.kiosk(n.alertId(), n.backOnline(), stationName(n.stationId()),
                store.stations().find(n.stationId()).map(Station::phone).orElse(null), kioskLabel(n.kioskId()),
                n.lastHeard());
    }

    @Override
    public void close() {
        watch.close();
        feed.close();
    }
}
