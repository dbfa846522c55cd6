package org.menkou.kiosk.alarm;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.DeviceStatus;
import org.menkou.hardware.EmergencyButton;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.button.KeyButton;
import org.menkou.hardware.setup.EmergencyButtons;
import org.menkou.kiosk.sync.KioskSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the emergency call of a kiosk process: the alarm journal in the kiosk's database, the alarm sender
 * (when the kiosk syncs with a server: it uses the sync's servers, token and TLS trust), the button device and its
 * daily self-test. The caller closes it.
 */
public final class AlarmLauncher implements AutoCloseable {
    /** Alarms are retried, and their state asked, this often until staff close them. */
    public static final Duration RETRY = AlarmSender.POLL_EVERY;
    /** How long one call of the alarm sender waits for a server's answer before it moves on to the next. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(AlarmLauncher.class);

    private final KioskAlarms alarms;
    private final AlarmSender sender;
    private final EmergencyButton button;
    private final ButtonSelfTest selfTest;
    private volatile boolean unusable;

    private AlarmLauncher(KioskAlarms alarms, AlarmSender sender, EmergencyButton button, ButtonSelfTest selfTest) {
        this.alarms = alarms;
        this.sender = sender;
        this.button = button;
        this.selfTest = selfTest;
    }

    /**
     * @param buttonSpec         e.g. {@code key:F12}, {@code gpio:gpiochip0:17}, {@code simulated:FILE}; refused with a
     *                           HardwareException saying the forms when it cannot be understood
     * @param identifiedResident the opaque id of the resident identified by card, if any; asked when a call starts
     */
    public static AlarmLauncher start(Path dataDir, ContentStore store, String stationId, String buttonSpec,
                                      Optional<KioskSync> sync, Supplier<Optional<String>> identifiedResident)
            throws HardwareException {
        EmergencyButton button = EmergencyButtons.fromSpec(buttonSpec);
        AlarmJournal journal = AlarmJournal.open(store.database(), Clock.systemUTC());
        // The sender's client shares the sync's server list: a server the sync loop found dead is skipped at once.
        AlarmSender sender = sync.map(s -> new AlarmSender(journal, s.clientWithTimeout(CALL_TIMEOUT), RETRY,
                Clock.systemUTC()).start()).orElse(null);
        KioskAlarms alarms = new KioskAlarms(journal, Optional.ofNullable(sender), identifiedResident,
                () -> store.meta(KioskSync.KIOSK_META).orElse(null), stationId,
                new AlarmPin(dataDir), Clock.systemUTC());
        ButtonSelfTest selfTest = new ButtonSelfTest(button, sync.orElse(null)).start(Duration.ofSeconds(5));
        return new AlarmLauncher(alarms, sender, button, selfTest);
    }

    public KioskAlarms alarms() {
        return alarms;
    }

    /**
     * Starts watching the button; {@code onPress} runs on a device thread for each press and must hand the press
     * to the UI thread. A key button needs nothing: its key reaches the kiosk through the terminal. Returns false
     * when the device cannot be used (the kiosk runs on and F12 still calls; the cause is in the log), so that the
     * caller tells staff.
     */
    public boolean watchButton(Runnable onPress) {
        if (button instanceof KeyButton) {
            return true;
        }
        try {
            button.start(onPress);
            return true;
        } catch (HardwareException e) {
            log.error("emergency button {} unusable: {}", button.description(), e.getMessage());
            unusable = true;
            return false;
        }
    }

    /** Runs the button's self-test now, on the calling thread (not the UI thread), and reports it as the daily one does. */
    public DeviceStatus testButton() {
        return selfTest.runOnce();
    }

    /** The button's state for the device report, e.g. {@code ok key:F12}; no device I/O. */
    public String buttonState() {
        DeviceStatus last = selfTest.last();
        String state = unusable ? "unusable" : last == null ? "not yet tested" : last.present() ? "ok" : "missing";
        return state + " " + button.description();
    }

    /** Calls {@code listener} on the sender thread whenever alarms in progress were re-checked (about every second). */
    public void onAlarmUpdate(Runnable listener) {
        if (sender != null) {
            sender.addListener(list -> listener.run());
        }
    }

    @Override
    public void close() {
        selfTest.close();
        button.close();
        if (sender != null) {
            sender.close();
        }
    }
}
