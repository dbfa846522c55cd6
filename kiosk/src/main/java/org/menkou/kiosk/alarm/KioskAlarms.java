package org.menkou.kiosk.alarm;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.menkou.content.ContentException;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.AlarmEnding;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.sync.KioskSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emergency call at the kiosk: {@link #press} writes the alarm to the journal (fsync'd) before anything else
 * and wakes the sender; the screens read the alarm's state from here. Without a server (no {@code sender}) alarms
 * are still written, and the screen tells the resident at once to phone. Called on the UI thread except where said.
 *
 * <p>How a call in progress ends at the kiosk ({@link #howToEnd}): on a kiosk without a server nobody else was
 * notified and the page has told whom to phone from the start, so a confirmed choice ends it (a resident who pressed
 * by mistake is not trapped, and a restart does not bring back a call nobody can close). With a server, the staff
 * PIN ends it where one is set; where none is set the board ends it, and the confirmed choice is offered once the
 * page has said whom to phone because the server could not be reached. An ending at the kiosk is journalled and sent
 * like the alarm itself, so the board shows who ended it.
 */
public final class KioskAlarms {
    /** The identified-resident hook until resident sessions exist (issue 6): nobody is identified. */
    public static final Supplier<Optional<String>> NO_RESIDENT_SESSION = Optional::empty;
    private static final Logger log = LoggerFactory.getLogger(KioskAlarms.class);

    /** How a call in progress can be ended at this kiosk now. */
    public enum Ending {
        /** Staff type the station PIN. */
        STAFF_PIN,
        /** A choice on the page, then a confirmation. */
        CONFIRMED_CHOICE,
        /** Only on the alarm board (the server has the call and staff are notified). */
        BOARD
    }

    private final AlarmJournal journal;
    private final Optional<AlarmSender> sender;
    private final Supplier<Optional<String>> identifiedResident;
    private final Supplier<String> kioskId;
    private final String stationId;
    private final AlarmPin pin;
    private final Clock clock;

    /**
     * @param sender             delivers alarms, or empty when this kiosk has no server
     * @param identifiedResident the opaque id of the resident using the kiosk now, if any
     * @param kioskId            this kiosk's id if known (may return null)
     * @param stationId          the station, or null
     */
    public KioskAlarms(AlarmJournal journal, Optional<AlarmSender> sender,
                       Supplier<Optional<String>> identifiedResident, Supplier<String> kioskId, String stationId,
                       AlarmPin pin, Clock clock) {
        this.journal = journal;
        this.sender = sender;
        this.identifiedResident = identifiedResident;
        this.kioskId = kioskId;
        this.stationId = stationId;
        this.pin = pin;
        this.clock = clock;
    }

    /**
     * A kiosk without a server whose alarms go to the journal in {@code store}'s database; its PIN file is in the
     * database file's directory.
     */
    public static KioskAlarms standalone(ContentStore store, String stationId, Clock clock) {
        Database database = store.database();
        Path pinDirectory = database.directory()
                .orElseThrow(() -> new ContentException("a kiosk keeps its database in its data directory"));
        return new KioskAlarms(AlarmJournal.open(database, clock), Optional.empty(), NO_RESIDENT_SESSION,
                () -> store.meta(KioskSync.KIOSK_META).orElse(null), stationId, new AlarmPin(pinDirectory), clock);
    }

    /**
     * The red button, F12, home's 9 or a spoken 救命: the call in progress if there is one (a press during a call is
     * the same call: the sender is woken to try at once, nothing new is written), else a new alarm from
     * {@code source}, written and fsync'd before this returns, then handed to the sender.
     */
    public KioskAlarm press(AlarmSource source) {
        Optional<KioskAlarm> open = inProgress();
        if (open.isPresent()) {
            log.warn("emergency pressed again ({}) during alarm {}: the same call", source, open.get().id());
            sender.ifPresent(AlarmSender::wake);
            return open.get();
        }
        long start = System.nanoTime();
        KioskAlarm alarm = journal.raise(kioskId.get(), stationId, identifiedResident.get().orElse(null), source);
        log.warn("emergency alarm {} raised; written and fsync'd in {} ms", alarm.id(), (System.nanoTime() - start) / 1_000_000);
        sender.ifPresent(AlarmSender::wake);
        return alarm;
    }

    /** The newest alarm unless it is over (resolved or cancelled). */
    public Optional<KioskAlarm> inProgress() {
        return journal.newest().filter(a -> a.phase() != KioskAlarm.Phase.RESOLVED && a.phase() != KioskAlarm.Phase.CANCELLED);
    }

    public Optional<KioskAlarm> find(String id) {
        return journal.find(id);
    }

    /** True when the resident must be told to phone: no server, or not received within 30 s. */
    public boolean unreachable(KioskAlarm alarm) {
        return sender.isEmpty() || AlarmSender.isUnreachable(alarm, Instant.now(clock));
    }

    /** True when this kiosk has a server to send alarms to. */
    public boolean hasServer() {
        return sender.isPresent();
    }

    /** How {@code alarm}, in progress, can be ended here now (see the class comment). */
    public Ending howToEnd(KioskAlarm alarm) {
        if (sender.isEmpty()) {
            return Ending.CONFIRMED_CHOICE;
        }
        if (pin.isSet()) {
            return Ending.STAFF_PIN;
        }
        return unreachable(alarm) ? Ending.CONFIRMED_CHOICE : Ending.BOARD;
    }

    /**
     * Ends {@code alarmId} after the confirmed choice; false (nothing changed) when {@link #howToEnd} does not allow
     * that for it now.
     */
    public boolean endConfirmed(String alarmId) {
        Optional<KioskAlarm> alarm = find(alarmId);
        if (alarm.isEmpty() || howToEnd(alarm.get()) != Ending.CONFIRMED_CHOICE) {
            return false;
        }
        journal.requestCancel(alarmId, AlarmEnding.CONFIRMED_CHOICE);
        log.warn("alarm {} ended at the kiosk by the confirmed choice ({})", alarmId,
                sender.isEmpty() ? "no server" : "server unreachable");
        sender.ifPresent(AlarmSender::wake);
        return true;
    }

    /** Cancels {@code alarmId} if {@code typed} is the staff PIN; false (nothing changed) otherwise. */
    public boolean cancel(String alarmId, String typed) {
        if (!pin.matches(typed)) {
            log.warn("wrong staff PIN typed to cancel alarm {}", alarmId);
            return false;
        }
        journal.requestCancel(alarmId, AlarmEnding.STAFF_PIN);
        log.warn("alarm {} cancelled at the kiosk with the staff PIN", alarmId);
        sender.ifPresent(AlarmSender::wake);
        return true;
    }
}
