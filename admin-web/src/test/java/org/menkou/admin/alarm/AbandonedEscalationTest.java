package org.menkou.admin.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.alarm.channel.Escalation;
import org.menkou.admin.alarm.channel.EscalationChannel;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.content.protocol.AlarmSource;

/**
 * A node marks an alarm escalated (or claims a kiosk's offline notice) and dies before its channel delivered: the node
 * that leads next goes on with it once it has been untouched for {@link AlarmSettings#abandonedAfter()}, exactly one
 * node takes it over, and one that a live node is still trying is left alone.
 */
class AbandonedEscalationTest {
    @TempDir
    Path dir;

    /** A channel that counts its sends (a fake is enough here: the real channels have their own tests). */
    private static final class CountingChannel implements EscalationChannel {
        final AtomicInteger sent = new AtomicInteger();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public void send(Escalation e) {
            sent.incrementAndGet();
        }
    }

    @Test
    void aDeliveryLeftUnfinishedByAStoppedNodeIsTakenOverOnceAfterItsTimeIsUp() {
        AdminFixture f = new AdminFixture(dir);
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("UTC"));
        CountingChannel channel = new CountingChannel();
        AlarmSettings settings = AlarmSettings.defaults().withEscalateAfter(Duration.ofSeconds(60))
                .withChannels(List.of(channel), 3, Duration.ofMillis(10));
        AlarmRepository alarms = f.admin.alarms().alarms();
        String kioskId = f.admin.kiosks().register("wt-station-1", "大厅", "test").kiosk().id();
        Alarm alarm = f.admin.database().durable().inTransaction(h -> alarms.insert(h, kioskId, "alarm-abandoned-1",
                "wt-station-1", null, AlarmSource.BUTTON, clock.instant(), clock.instant()));
        // The node that died: it marked the escalation (channel rows SENDING) and never tried the channel.
        clock.set(clock.instant().plusSeconds(61));
        assertThat(alarms.markEscalated(alarm.seq(), clock.instant(), List.of(channel.name()))).isTrue();

        AlarmWatch next = new AlarmWatch(alarms, f.admin.alarms().supervision(), f.admin.alarms().feed(), settings,
                f.admin.alarms()::describe, f.admin.alarms()::describe, clock, () -> true);
        AlarmWatch another = new AlarmWatch(alarms, f.admin.alarms().supervision(), f.admin.alarms().feed(), settings,
                f.admin.alarms()::describe, f.admin.alarms()::describe, clock, () -> true);
        next.check();
        assertThat(channel.sent).as("not yet: a live node may still be between tries").hasValue(0);

        clock.set(clock.instant().plus(settings.abandonedAfter()).plusSeconds(1));
        next.check();
        another.check();
        assertThat(channel.sent).as("taken over by one node").hasValue(1);
        assertThat(alarms.deliveries(alarm.seq())).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DeliveryState.SENT));

        clock.set(clock.instant().plus(settings.abandonedAfter()).plusSeconds(1));
        next.check();
        assertThat(channel.sent).as("a finished delivery is never taken over").hasValue(1);
    }

    @Test
    void anOfflineNoticeClaimedByANodeThatDiedIsToldOnceByAnotherAndItsBackOnlineNoticeOnce() {
        AdminFixture f = new AdminFixture(dir);
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("UTC"));
        CountingChannel channel = new CountingChannel();
        AlarmSettings settings = AlarmSettings.defaults().withChannels(List.of(channel), 3, Duration.ofMillis(10));
        Supervision supervision = f.admin.alarms().supervision();
        String kioskId = f.admin.kiosks().register("wt-station-1", "大厅", "test").kiosk().id();
        heardAt(f, kioskId, clock.instant().minus(settings.offlineAfter()).minusSeconds(5));
        // The node that died: it raised the alert and claimed its notice, and never told any channel.
        assertThat(supervision.review(settings.offlineAfter(), clock.instant())).isTrue();
        assertThat(supervision.claimNotices(clock.instant(), clock.instant().minus(settings.abandonedAfter()))).hasSize(1);

        AlarmWatch next = new AlarmWatch(f.admin.alarms().alarms(), supervision, f.admin.alarms().feed(), settings,
                f.admin.alarms()::describe, f.admin.alarms()::describe, clock, () -> true);
        AlarmWatch another = new AlarmWatch(f.admin.alarms().alarms(), supervision, f.admin.alarms().feed(), settings,
                f.admin.alarms()::describe, f.admin.alarms()::describe, clock, () -> true);
        next.check();
        assertThat(channel.sent).as("not yet: a live node may still be telling it").hasValue(0);

        clock.set(clock.instant().plus(settings.abandonedAfter()).plusSeconds(1));
        next.check();
        another.check();
        assertThat(channel.sent).as("taken over by one node").hasValue(1);
        clock.set(clock.instant().plus(settings.abandonedAfter()).plusSeconds(1));
        next.check();
        assertThat(channel.sent).as("a notice every channel had is never told again").hasValue(1);

        heardAt(f, kioskId, clock.instant());
        next.check();
        another.check();
        assertThat(channel.sent).as("back online, told once").hasValue(2);
        clock.set(clock.instant().plus(settings.abandonedAfter()).plusSeconds(1));
        heardAt(f, kioskId, clock.instant());
        next.check();
        assertThat(channel.sent).hasValue(2);
    }

    private static void heardAt(AdminFixture f, String kioskId, Instant at) {
        f.admin.database().jdbi().useHandle(h -> h.createUpdate("UPDATE kiosk SET last_heartbeat = ? WHERE id = ?")
                .bind(0, at.toString()).bind(1, kioskId).execute());
    }
}
