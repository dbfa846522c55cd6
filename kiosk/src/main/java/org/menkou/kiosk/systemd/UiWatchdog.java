package org.menkou.kiosk.systemd;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.menkou.kiosk.screen.UiThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's side of systemd's {@code Type=notify} and watchdog: {@code READY=1} once the UI thread runs tasks,
 * {@code WATCHDOG=1} every third of {@code WatchdogSec} but only when a probe task posted to the {@link UiThread}
 * has run since the previous ping, and {@code STOPPING=1} on {@link #close}. A hung UI thread therefore stops the
 * pings, and systemd kills and restarts the kiosk. Without {@code $NOTIFY_SOCKET} (not started by systemd) it does
 * nothing. The pings are sent from a timer thread of its own; the probe runs on the UI thread. The caller closes it
 * when the UI has ended.
 */
public final class UiWatchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UiWatchdog.class);

    private final ServiceNotifier notifier;
    private final UiThread ui;
    private final Optional<ScheduledExecutorService> timer;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean probePending = new AtomicBoolean();
    private final AtomicBoolean ranSincePing = new AtomicBoolean();

    private UiWatchdog(ServiceNotifier notifier, UiThread ui, Optional<Duration> pingEvery) {
        this.notifier = notifier;
        this.ui = ui;
        this.timer = pingEvery.map(every -> {
            ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "systemd-watchdog");
                thread.setDaemon(true);
                return thread;
            });
            t.scheduleAtFixedRate(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            return t;
        });
        postProbe();
    }

    /**
     * Starts notifying as {@code env} (the process environment) says: {@code NOTIFY_SOCKET}, and {@code WATCHDOG_USEC}
     * (honoured when {@code WATCHDOG_PID} is absent or this process). Logs what it does, or that it does nothing.
     */
    public static UiWatchdog start(Map<String, String> env, UiThread ui) {
        String socket = env.get("NOTIFY_SOCKET");
        if (socket == null || socket.isBlank()) {
            LOG.info("no NOTIFY_SOCKET (not started by systemd as Type=notify): no readiness or watchdog notifications");
            return new UiWatchdog(new Silent(), ui, Optional.empty());
        }
        ServiceNotifier notifier;
        try {
            notifier = DatagramNotifier.open(socket);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot use NOTIFY_SOCKET {}: {}; no readiness or watchdog notifications", socket, e.toString());
            return new UiWatchdog(new Silent(), ui, Optional.empty());
        }
        Optional<Duration> every = pingInterval(env, ProcessHandle.current().pid());
        LOG.info("notifying systemd at {}: READY=1 when the UI runs{}", socket, every
                .map(d -> ", WATCHDOG=1 every " + d.toMillis() + " ms while the UI thread answers").orElse(""));
        return new UiWatchdog(notifier, ui, every);
    }

    /** As {@link #start(Map, UiThread)} with a given notifier and ping interval (empty: no watchdog pings). */
    static UiWatchdog start(ServiceNotifier notifier, UiThread ui, Optional<Duration> pingEvery) {
        return new UiWatchdog(notifier, ui, pingEvery);
    }

    /** A third of {@code WATCHDOG_USEC}, when it is set for process {@code pid}; empty otherwise. */
    static Optional<Duration> pingInterval(Map<String, String> env, long pid) {
        String usec = env.get("WATCHDOG_USEC");
        String forPid = env.get("WATCHDOG_PID");
        if (usec == null || forPid != null && !forPid.equals(Long.toString(pid))) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(usec.trim());
            return micros <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(micros * 1000 / 3));
        } catch (NumberFormatException e) {
            LOG.warn("WATCHDOG_USEC is not a number: {}; no watchdog pings", usec);
            return Optional.empty();
        }
    }

    private void postProbe() {
        if (probePending.compareAndSet(false, true)) {
            ui.post(this::probe);
        }
    }

    /** UI thread: proves it runs tasks. */
    private void probe() {
        probePending.set(false);
        ranSincePing.set(true);
        if (!ready.getAndSet(true)) {
            notifier.send("READY=1");
        }
    }

    /** Timer thread: pings when the UI thread ran the last probe, then posts the next (one at a time). */
    private void tick() {
        if (ranSincePing.getAndSet(false)) {
            notifier.send("WATCHDOG=1");
        }
        postProbe();
    }

    /** Stops the pings and tells systemd the kiosk is stopping. */
    @Override
    public void close() {
        // Not shutdownNow: an interrupt in the middle of a send would close the socket under it.
        timer.ifPresent(t -> {
            t.shutdown();
            try {
                t.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        notifier.send("STOPPING=1");
        notifier.close();
    }

    /** The notifier when systemd does not listen. */
    private static final class Silent implements ServiceNotifier {
        @Override
        public void send(String state) {
        }

        @Override
        public void close() {
        }
    }
}
