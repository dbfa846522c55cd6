package org.menkou.kiosk.alarm;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.menkou.content.alarm.AlarmJournal;
import org.menkou.content.alarm.AlarmSender;
import org.menkou.content.alarm.KioskAlarm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emergency call at the kiosk: {@link #press()} writes the alarm to the journal (fsync'd) before anything else
 * and wakes the sender; the screens read the alarm's state from here. Without a server ({@code sender} null) alarms
 * are still written, and the screen tells the resident at once to phone. Called on the UI thread except where said.
 */
public final class KioskAlarms {
    /** The identified-resident hook until resident sessions exist (issue 6): nobody is identified. */
    public static final Supplier<Optional<String>> NO_RESIDENT_SESSION = Optional::empty;
    private static final Logger log = LoggerFactory.getLogger(KioskAlarms.class);

    private final AlarmJournal journal;
    private final AlarmSender sender;
    private final Supplier<Optional<String>> identifiedResident;
    private final Supplier<String> kioskId;
    private final String stationId;
    private final AlarmPin pin;
    private final Clock clock;

    /**
     * @param sender             delivers alarms, or null when this kiosk has no server
     * @param identifiedResident the opaque id of the resident using the kiosk now, if any
     * @param kioskId            this kiosk's id if known (may return null)
     * @param stationId          the station, or null
     */
    public KioskAlarms(AlarmJournal journal, AlarmSender sender, Supplier<Optional<String>> identifiedResident,
                       Supplier<String> kioskId, String stationId, AlarmPin pin, Clock clock) {
        this.journal = journal;
        this.sender = sender;
        this.identifiedResident = identifiedResident;
        this.kioskId = kioskId;
        this.stationId = stationId;
        this.pin = pin;
        this.clock = clock;
    }

    /**
     * The red button: the call in progress if there is one (a second press is the same call), else a new alarm,
     * written and fsync'd before this returns, then handed to the sender.
     */
    public KioskAlarm press() {
        Optional<KioskAlarm> open = inProgress();
        if (open.isPresent()) {
            return open.get();
        }
        long start = System.nanoTime();
        KioskAlarm alarm = journal.raise(kioskId.get(), stationId, identifiedResident.get().orElse(null), "button");
        log.warn("emergency alarm {} raised; written and fsync'd in {} ms", alarm.id(), (System.nanoTime() - start) / 1_000_000);
        if (sender != null) {
            sender.wake();
        }
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
        return sender == null || AlarmSender.isUnreachable(alarm, Instant.now(clock));
    }

    /** True when staff can cancel here (a PIN was set on this kiosk). */
    public boolean cancelAvailable() {
        return pin.isSet();
    }

    /** Cancels {@code alarmId} if {@code typed} is the staff PIN; false (nothing changed) otherwise. */
    public boolean cancel(String alarmId, String typed) {
        if (!pin.matches(typed)) {
            log.warn("wrong staff PIN typed to cancel alarm {}", alarmId);
            return false;
        }
        journal.requestCancel(alarmId);
        log.warn("alarm {} cancelled at the kiosk with the staff PIN", alarmId);
        if (sender != null) {
            sender.wake();
        }
        return true;
    }
}
