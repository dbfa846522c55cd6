package org.menkou.admin.alarm.family;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.alarm.Alarm;
import org.menkou.admin.alarm.AlarmCentre;
import org.menkou.admin.alarm.AlarmFollowUp;
import org.menkou.admin.alarm.BoardFeed;
import org.menkou.admin.audit.AuditAction;
import org.menkou.admin.audit.AuditLog;
import org.menkou.content.Station;
import org.menkou.content.protocol.AlarmState;
import org.menkou.content.store.ContentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells residents' consenting emergency contacts of their alarms: once when an alarm from a kiosk where the resident
 * was identified comes in (staff are responding), once when it is closed; never for a walk-in's alarm. What is owed
 * is written in the alarm's own transaction ({@link #raised}, {@link #closed}), so it survives a restart; it is sent
 * every {@link FamilySettings#checkEvery()} on the "family-notice" thread while this node leads (and claimed row by
 * row, so two senders never send one notice twice), retried as {@link FamilySettings#retry()} says. Each try is
 * recorded, audited and shown on the board. {@link #start()} / {@link #close()} follow the server's start and stop.
 */
public final class FamilyNotifier implements AlarmFollowUp, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FamilyNotifier.class);
    private static final int BATCH = 20;
    private static final String WHO = "system:family-notice";
    private final FamilyNotices notices;
    private final Jdbi jdbi;
    private final AlarmCentre centre;
    private final ContentStore store;
    private final AuditLog audit;
    private volatile FamilySettings settings;
    private final ZoneId zone;
    private final Clock clock;
    private final String node;
    private final BooleanSupplier leading;
    private ScheduledExecutorService timer;

    /**
     * @param jdbi    the durable connections (notices are owed in the alarm's transaction and recorded as sent)
     * @param node    this node's id, recorded with each claim and try
     * @param leading whether this node sends now; asked before each scheduled look
     */
    public FamilyNotifier(Jdbi jdbi, AlarmCentre centre, ContentStore store, AuditLog audit, FamilySettings settings,
                          ZoneId zone, Clock clock, String node, BooleanSupplier leading) {
        this.notices = new FamilyNotices(jdbi);
        this.jdbi = jdbi;
        this.centre = centre;
        this.store = store;
        this.audit = audit;
        this.settings = settings;
        this.zone = zone;
        this.clock = clock;
        this.node = node;
        this.leading = leading;
    }

    /** Replaces the settings; call before {@link #start()}. */
    public void configure(FamilySettings value) {
        settings = value;
    }

    @Override
    public void raised(Handle h, Alarm alarm) {
        notices.oweRaised(h, alarm, Instant.now(clock));
    }

    @Override
    public void closed(Handle h, Alarm alarm) {
        notices.oweResolved(h, alarm, Instant.now(clock));
    }

    @Override
    public List<String> boardLines(long seq) {
        List<String> lines = new ArrayList<>();
        for (FamilyNotices.Status s : notices.of(seq)) {
            String what = s.kind() == NoticeKind.RAISED ? "家属" : "家属（处理结果）";
            String how = s.label() + "（" + s.channel().label() + "）";
            lines.add(what + "：" + switch (s.state()) {
                case SENT -> "已通知 " + how;
                case PENDING -> s.attempts() == 0 ? "正在通知 " + how : "通知失败，重试中 " + how;
                case FAILED -> "通知没有发出 " + how;
            });
        }
        return lines;
    }

    /** Starts the scheduled looks (they send only while this node leads). */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "family-notice");
            t.setDaemon(true);
            return t;
        });
        long every = settings.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(this::sendSafely, every, every, TimeUnit.MILLISECONDS);
    }

    private void sendSafely() {
        if (!leading.getAsBoolean()) {
            return;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                log.debug("family notices: stopped mid-look; what was owed stays owed", e);
            } else {
                log.error("family notices: sending failed; next look in {} ms", settings.checkEvery().toMillis(), e);
            }
        }
    }

    /**
     * One look: claims each notice due and tries it once, on the caller's thread (tests drive it so), whether or not
     * this node leads. Returns how many it tried.
     */
    public int sendDue() {
        int tried = 0;
        for (FamilyNotices.Notice n : notices.due(Instant.now(clock), BATCH)) {
            Instant now = Instant.now(clock);
            if (notices.claim(n, node, now, now.plus(settings.claimFor()))) {
                tryOnce(n);
                tried++;
            }
        }
        return tried;
    }

    private void tryOnce(FamilyNotices.Notice n) {
        Optional<Alarm> alarm = centre.alarms().find(n.alarm());
        Optional<Courier> courier = settings.couriers().stream().filter(c -> c.channel() == n.channel()).findFirst();
        String error = null;
        if (alarm.isEmpty()) {
            error = "alarm #" + n.alarm() + " not found";
        } else if (courier.isEmpty()) {
            error = "no " + n.channel() + " channel configured on this server";
        } else {
            try {
                courier.get().deliver(n.address(), message(n, alarm.get()));
            } catch (FamilyNoticeException e) {
                error = e.getMessage();
            }
        }
        record(n, error, courier.isPresent() && alarm.isPresent());
    }

    private void record(FamilyNotices.Notice n, String error, boolean retryable) {
        int attempt = n.attempts() + 1;
        boolean again = error != null && retryable && settings.retry().triesAgainAfter(attempt);
        NoticeState state = error == null ? NoticeState.SENT : again ? NoticeState.PENDING : NoticeState.FAILED;
        Instant now = Instant.now(clock);
        Instant next = again ? now.plus(settings.retry().delayAfter(attempt, ThreadLocalRandom.current())) : now;
        boolean recorded = jdbi.inTransaction(h -> {
            if (!notices.finish(h, n, node, state, error, next, now)) {
                return false;
            }
            audit.record(h, WHO, error == null ? AuditAction.FAMILY_NOTICE_SENT.name()
                            : AuditAction.FAMILY_NOTICE_FAILED.name(), "ALARM", Long.toString(n.alarm()), null,
                    Map.of("kind", n.kind().name(), "contact", n.label(), "channel", n.channel().name(),
                            "attempt", attempt, "state", state.name(), "error", error == null ? "" : error));
            return true;
        });
        if (error == null) {
            log.info("alarm #{}: family contact {} told ({}, {}, try {})", n.alarm(), n.slot(), n.kind(), n.channel(),
                    attempt);
        } else {
            log.warn("alarm #{}: telling family contact {} failed ({}, {}, try {}{}): {}", n.alarm(), n.slot(),
                    n.kind(), n.channel(), attempt, again ? ", will try again" : ", giving up", error);
        }
        if (!recorded) {
            log.warn("alarm #{}: the claim on family notice {} {} ran out before its try was recorded", n.alarm(),
                    n.slot(), n.kind());
        }
        centre.feed().publish(BoardFeed.Change.ALARM, n.alarm());
    }

    private FamilyMessage message(FamilyNotices.Notice n, Alarm a) {
        Optional<Station> station = store.stations().find(a.stationId());
        return new FamilyMessage(a.alarmId() + "/" + n.slot() + "/" + n.kind().name().toLowerCase(), n.kind(),
                station.map(Station::name).orElse("服务站点"), station.map(Station::phone).orElse(null), a.pressedAt(),
                a.closedAt(), a.state() == AlarmState.CANCELLED, zone);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
