package org.menkou.kiosk.alarm;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.menkou.content.protocol.AlarmSelfTest;
import org.menkou.hardware.DeviceStatus;
import org.menkou.hardware.EmergencyButton;
import org.menkou.kiosk.sync.KioskSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily self-test of the emergency button source: checks the device shortly after start and then every day,
 * logs the result and reports it to the centre as an {@code alarm-selftest} event (shown on the alarm board when the
 * button is missing). Runs on its own "button-selftest" thread; {@link #close()} stops it.
 */
public final class ButtonSelfTest implements AutoCloseable {
    public static final Duration EVERY = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(ButtonSelfTest.class);
    private final EmergencyButton button;
    private final KioskSync sync;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "button-selftest");
        t.setDaemon(true);
        return t;
    });

    private volatile DeviceStatus last;

    /** @param sync where reports go, or null for a kiosk without a server (the log alone) */
    public ButtonSelfTest(EmergencyButton button, KioskSync sync) {
        this.button = button;
        this.sync = sync;
    }

    /** First test after {@code firstAfter}, then every {@link #EVERY}. */
    public ButtonSelfTest start(Duration firstAfter) {
        timer.scheduleAtFixedRate(this::runSafely, firstAfter.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.error("button self-test failed", e);
        }
    }

    /** One test on the calling thread; returns what it found. */
    public DeviceStatus runOnce() {
        DeviceStatus status = button.check();
        last = status;
        if (status.present()) {
            log.info("button self-test: {} — {}", button.description(), status.message());
        } else {
            log.warn("button self-test: {} — {}", button.description(), status.message());
        }
        if (sync != null) {
            sync.outbox().add(AlarmSelfTest.TYPE, new AlarmSelfTest(status.present(), button.description(), status.message()));
            sync.syncNow();
        }
        return status;
    }

    /** The latest test's result, or null before the first. */
    public DeviceStatus last() {
        return last;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
