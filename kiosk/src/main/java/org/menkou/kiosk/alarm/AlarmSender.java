package org.menkou.kiosk.alarm;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.menkou.content.ContentException;
import org.menkou.content.RetryPolicy;
import org.menkou.content.protocol.AlarmCancel;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.AlarmStatus;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.background.BackgroundLoop;
import org.menkou.kiosk.sync.SyncClient;
import org.menkou.kiosk.sync.SyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the kiosk's alarms on a {@link BackgroundLoop} of its own ("alarm-sender"), apart from the 30 s sync loop:
 * every unfinished alarm in the {@link AlarmJournal} is pushed as an {@code alarm} event at once and again every
 * {@code retry} ({@link #POLL_EVERY} on a kiosk) until the server returns a receipt; then its state is polled at the
 * same pace until staff resolve or cancel it. A kiosk-side cancel is pushed the same way. Nothing is ever given up: a
 * refused push is retried too (and logged), because an alarm must never be dropped. {@link #close()} stops the loop.
 */
public final class AlarmSender implements AutoCloseable {
    /** How long the kiosk tries before telling the resident plainly that the server cannot be reached. */
    public static final Duration UNREACHABLE_AFTER = Duration.ofSeconds(30);
    /**
     * The kiosk's pace: a new alarm is retried, and an open alarm's state asked, this often. Half a second, so that
     * an acknowledgement on the board shows at the kiosk within about a second (2 s at most with one slow answer).
     */
    public static final Duration POLL_EVERY = Duration.ofMillis(500);
    /** The server's error code for an alarm id it has no record of. */
    static final String UNKNOWN_ALARM = "unknown_alarm";
    private static final Logger log = LoggerFactory.getLogger(AlarmSender.class);

    private final AlarmJournal journal;
    private final SyncClient client;
    private final RetryPolicy retry;
    private final Random random = new Random();
    private final Clock clock;
    private final ObjectMapper json = SyncJson.strict();
    private final List<Consumer<List<KioskAlarm>>> listeners = new CopyOnWriteArrayList<>();
    private final BackgroundLoop loop = new BackgroundLoop("alarm-sender", Duration.ofSeconds(10), this::loopPass);
    /** Consecutive passes that could not deliver everything; read and written on the loop's thread only. */
    private int failedPasses;

    /**
     * @param client a client with a short timeout (about {@code retry} plus a second)
     * @param retry  the pace: what is not delivered is tried again, and open alarms' states asked, this often
     *               ({@link RetryPolicy#every}: never given up)
     */
    public AlarmSender(AlarmJournal journal, SyncClient client, Duration retry, Clock clock) {
        this.journal = journal;
        this.client = client;
        this.retry = RetryPolicy.every(retry);
        this.clock = clock;
    }

    /** Starts the sender thread; the first pass runs at once. The caller closes it. */
    public AlarmSender start() {
        loop.start();
        return this;
    }

    /** Makes the sender try now (after {@link AlarmJournal#raise} or a cancel) instead of at its next pass. */
    public void wake() {
        loop.wake();
    }

    /**
     * Calls {@code listener} after every pass that had unfinished alarms, with those alarms as now known, on the
     * sender thread: it must return fast.
     */
    public void addListener(Consumer<List<KioskAlarm>> listener) {
        listeners.add(listener);
    }

    /** Stops the sender's loop (if started) and waits up to 10 s for a pass in progress. */
    @Override
    public void close() {
        loop.close();
    }

    /** One pass of the loop; the next follows at the pace, or after a failed pass as the retry policy says. */
    private Duration loopPass(boolean woken) {
        try {
            failedPasses = pass().delivered() ? 0 : failedPasses + 1;
            return failedPasses == 0 ? retry.first() : retry.delayAfter(failedPasses, random);
        } catch (RuntimeException e) {
            Duration wait = retry.delayAfter(++failedPasses, random);
            log.error("alarm pass failed; trying again in {} ms", wait.toMillis(), e);
            return wait;
        }
    }

    /**
     * One pass on the calling thread: push what the server has not received, ask the state of the rest. Returns the
     * number of alarms still unfinished. Failures of one alarm do not stop the others.
     */
    public int runOnce() {
        return pass().unfinished();
    }

    /** What one pass left: alarms still unfinished, and whether everything to send reached the server. */
    private record Pass(int unfinished, boolean delivered) {
    }

    private Pass pass() {
        List<KioskAlarm> open = journal.unfinished();
        boolean delivered = true;
        // New alarms and cancels first, so a fresh press never waits behind the state polls of older calls.
        for (KioskAlarm alarm : open) {
            try {
                pushPending(alarm);
            } catch (ContentException e) {
                delivered = false;
                log.warn("alarm {} not delivered yet ({}); retrying every {} ms", alarm.id(), e.getMessage(),
                        retry.first().toMillis());
            }
        }
        for (KioskAlarm alarm : open) {
            if (loop.wakePending()) {
                break; // a new press is waiting: the loop starts a new pass at once
            }
            try {
                KioskAlarm now = journal.find(alarm.id()).orElse(alarm);
                if (now.delivered() != null) {
                    AlarmStatus status = client.alarm(alarm.id());
                    journal.serverSays(alarm.id(), status.state(), status.escalationSent());
                }
            } catch (SyncException e) {
                if (e.status() == 404 && UNKNOWN_ALARM.equals(e.code())) {
                    log.warn("the server does not know the delivered alarm {} (restored from an earlier backup?):"
                            + " sending it again", alarm.id());
                    journal.unknownToServer(alarm.id());
                    delivered = false;
                } else {
                    log.info("state of alarm {} not known yet: {}", alarm.id(), e.getMessage());
                }
            } catch (ContentException e) {
                log.info("state of alarm {} not known yet: {}", alarm.id(), e.getMessage());
            }
        }
        if (open.isEmpty()) {
            return new Pass(0, true);
        }
        List<KioskAlarm> now = open.stream().map(a -> journal.find(a.id()).orElse(a)).toList();
        listeners.forEach(l -> {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                log.warn("alarm listener failed", e);
            }
        });
        return new Pass((int) now.stream().filter(a -> !a.isFinished()).count(), delivered);
    }

    private void pushPending(KioskAlarm alarm) {
        if (alarm.delivered() == null) {
            push(new KioskEvent(alarm.id(), AlarmReport.TYPE, alarm.pressedAt(), json.valueToTree(
                    new AlarmReport(alarm.stationId(), alarm.residentId(), alarm.source(), alarm.kioskId()))));
            journal.delivered(alarm.id());
            log.info("alarm {} delivered {} ms after the press", alarm.id(),
                    Duration.between(alarm.pressedAt(), Instant.now(clock)).toMillis());
        }
        if (alarm.cancelRequested() != null && !alarm.cancelDelivered()) {
            push(new KioskEvent(AlarmCancel.eventId(alarm.id()), AlarmCancel.TYPE, alarm.cancelRequested(),
                    json.valueToTree(new AlarmCancel(alarm.id(), alarm.endedBy()))));
            journal.cancelDelivered(alarm.id());
        }
    }

    private void push(KioskEvent event) {
        client.push(new EventBatch(List.of(event)));
    }

    /** True when {@code alarm} has waited longer than {@link #UNREACHABLE_AFTER} for the server to receive it. */
    public static boolean isUnreachable(KioskAlarm alarm, Instant now) {
        return alarm.delivered() == null && Duration.between(alarm.pressedAt(), now).compareTo(UNREACHABLE_AFTER) > 0;
    }
}
