package org.menkou.admin.alarm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.menkou.admin.alarm.channel.Escalation;
import org.menkou.admin.alarm.channel.EscalationChannel;
import org.menkou.admin.alarm.channel.EscalationException;
import org.menkou.content.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centre's watch, every {@link AlarmSettings#checkEvery()} on the "alarm-watch" thread while this node leads (of
 * several nodes on one database, one watches): escalates each alarm nobody acknowledged within
 * {@link AlarmSettings#escalateAfter()} exactly once (the database flag decides, so even two watches, say around a
 * change of leader, would not send twice), and raises or clears "终端离线" for kiosks silent longer than
 * {@link AlarmSettings#offlineAfter()}. Channels are tried on "alarm-escalation" threads as
 * {@link AlarmSettings#channelRetry()} says (doubling delays); tries under way go on when the node stops leading.
 */
public final class AlarmWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AlarmWatch.class);
    private final AlarmRepository alarms;
    private final Supervision supervision;
    private final BoardFeed feed;
    private final AlarmSettings settings;
    private final Function<Alarm, Escalation> describe;
    private final Function<Supervision.OfflineNotice, Escalation> describeNotice;
    private final Clock clock;
    private final BooleanSupplier leading;
    private ScheduledExecutorService timer;
    private ExecutorService delivery;
    /** When {@link #start} ran, or null when the caller drives {@link #check} itself. */
    private volatile Instant watchingSince;

    /**
     * @param describeNotice how the channels are told of a kiosk's offline alert
     * @param leading whether this node does the watch now; asked before each scheduled check
     */
    AlarmWatch(AlarmRepository alarms, Supervision supervision, BoardFeed feed, AlarmSettings settings,
               Function<Alarm, Escalation> describe, Function<Supervision.OfflineNotice, Escalation> describeNotice,
               Clock clock, BooleanSupplier leading) {
        this.describeNotice = describeNotice;
        this.alarms = alarms;
        this.supervision = supervision;
        this.feed = feed;
        this.settings = settings;
        this.describe = describe;
        this.clock = clock;
        this.leading = leading;
    }

    /** The settings this watch runs by. */
    public AlarmSettings settings() {
        return settings;
    }

    synchronized void start() {
        if (timer != null) {
            return;
        }
        watchingSince = Instant.now(clock);
        delivery = Executors.newFixedThreadPool(2, daemon("alarm-escalation"));
        timer = Executors.newSingleThreadScheduledExecutor(daemon("alarm-watch"));
        long every = settings.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(this::checkSafely, every, every, TimeUnit.MILLISECONDS);
    }

    private void checkSafely() {
        if (!leading.getAsBoolean()) {
            return;
        }
        try {
            check();
        } catch (RuntimeException e) {
            log.error("alarm watch failed; next check in {} ms", settings.checkEvery().toMillis(), e);
        }
    }

    /**
     * One look: escalate what is due, review kiosk silence. Runs on the caller's thread (tests drive it so), whether
     * or not this node leads.
     */
    public void check() {
        Instant now = Instant.now(clock);
        for (Alarm a : alarms.dueForEscalation(now.minus(settings.escalateAfter()))) {
            if (alarms.markEscalated(a.seq(), now, settings.channels().stream().map(EscalationChannel::name).toList())) {
                log.warn("alarm #{} unacknowledged for {} s: escalating", a.seq(), settings.escalateAfter().toSeconds());
                feed.publish(BoardFeed.Change.ESCALATION, a.seq());
                Escalation e = describe.apply(a);
                for (EscalationChannel c : settings.channels()) {
                    run(() -> deliver(c, e, 1));
                }
            }
        }
        resumeAbandoned(now);
        if (supervision.review(settings.offlineAfter(), now)) {
            feed.publish(BoardFeed.Change.OFFLINE, 0);
        }
        tellOffline(now);
    }

    /**
     * Tells the channels of kiosks gone offline and back, one message per kiosk and outage each way. For one
     * {@link AlarmSettings#offlineAfter()} after {@link #start} nothing is told: kiosks silent while this server was
     * down have not had the time to be heard again, and telling of every kiosk at once would be a storm of false news.
     */
    private void tellOffline(Instant now) {
        Instant since = watchingSince;
        if (settings.channels().isEmpty() || since != null && now.isBefore(since.plus(settings.offlineAfter()))) {
            return;
        }
        for (Supervision.OfflineNotice n : supervision.claimNotices(now, now.minus(settings.abandonedAfter()))) {
            log.warn("kiosk {} {}: telling {}", n.kioskId(), n.backOnline() ? "back online" : "offline",
                    settings.channels().stream().map(EscalationChannel::name).toList());
            Escalation e = describeNotice.apply(n);
            AtomicInteger channelsLeft = new AtomicInteger(settings.channels().size());
            for (EscalationChannel c : settings.channels()) {
                run(() -> {
                    try {
                        tell(c, e, n);
                    } finally {
                        if (channelsLeft.decrementAndGet() == 0) {
                            supervision.noticeDone(n, Instant.now(clock));
                        }
                    }
                });
            }
        }
    }

    /**
     * Sends a kiosk notice through one channel, retried as {@link AlarmSettings#channelRetry()} says, renewing this
     * node's claim on it before each try; logged only.
     */
    private void tell(EscalationChannel channel, Escalation e, Supervision.OfflineNotice notice) {
        RetryPolicy retry = settings.channelRetry();
        for (int attempt = 1; attempt <= retry.maxTries(); attempt++) {
            supervision.renewNotice(notice, Instant.now(clock));
            try {
                channel.send(e);
                return;
            } catch (EscalationException ex) {
                log.warn("{} #{} through {} failed (try {} of {}): {}", e.kind().event(), e.seq(), channel.name(),
                        attempt, retry.maxTries(), ex.getMessage());
                if (!retry.triesAgainAfter(attempt) || !sleep(retry.delayAfter(attempt, ThreadLocalRandom.current()))) {
                    return;
                }
            }
        }
    }

    /**
     * Goes on with deliveries a node left unfinished when it stopped (between tries, or before the first): each is
     * taken over by one node and tried again from its next try. A delivery cut off mid-try may so arrive twice;
     * every escalation carries the alarm's id for the receiver to tell.
     */
    private void resumeAbandoned(Instant now) {
        for (AlarmRepository.OpenDelivery d : alarms.abandonedDeliveries(now.minus(settings.abandonedAfter()))) {
            Optional<EscalationChannel> channel = settings.channels().stream().filter(c -> c.name().equals(d.channel()))
                    .findFirst();
            Optional<Alarm> alarm = alarms.find(d.seq());
            if (channel.isPresent() && alarm.isPresent() && alarms.takeOver(d, now)) {
                log.warn("alarm #{}: its escalation through {} was left unfinished by a stopped node; going on with it",
                        d.seq(), d.channel());
                Escalation e = describe.apply(alarm.get());
                run(() -> deliver(channel.get(), e, d.attempts() + 1));
            }
        }
    }

    private void run(Runnable task) {
        if (delivery != null) {
            delivery.execute(task);
        } else {
            task.run();
        }
    }

    private void deliver(EscalationChannel channel, Escalation e, int firstAttempt) {
        RetryPolicy retry = settings.channelRetry();
        for (int attempt = firstAttempt; attempt <= retry.maxTries(); attempt++) {
            try {
                channel.send(e);
                alarms.delivery(e.seq(), channel.name(), DeliveryState.SENT, attempt, null, Instant.now(clock));
                feed.publish(BoardFeed.Change.ESCALATION, e.seq());
                return;
            } catch (EscalationException ex) {
                log.warn("escalation of alarm #{} through {} failed (try {} of {}): {}", e.seq(), channel.name(), attempt,
                        retry.maxTries(), ex.getMessage());
                boolean last = !retry.triesAgainAfter(attempt);
                alarms.delivery(e.seq(), channel.name(), last ? DeliveryState.FAILED : DeliveryState.SENDING, attempt,
                        ex.getMessage(), Instant.now(clock));
                if (last || !sleep(retry.delayAfter(attempt, ThreadLocalRandom.current()))) {
                    break;
                }
            }
        }
        feed.publish(BoardFeed.Change.ESCALATION, e.seq());
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            delivery.shutdownNow();
            timer = null;
        }
    }
}
