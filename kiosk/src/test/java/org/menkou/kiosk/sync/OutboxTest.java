package org.menkou.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.EventReceipt;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.store.ContentStore;

class OutboxTest {
    @TempDir
    Path dir;

    @Test
    void eventsStayPendingUntilAcknowledgedAndHeartbeatsAreCoalesced() {
        Database database = Database.openIn(dir);
        ContentStore.open(database);
        Outbox outbox = Outbox.open(database, Clock.systemUTC());
        String a = outbox.add("booking", Map.of("n", 1));
        outbox.replacePending("heartbeat", new Heartbeat(1, "v", false, "x"));
        outbox.replacePending("heartbeat", new Heartbeat(2, "v", false, "x"));
        String b = outbox.add("booking", Map.of("n", 2));
        List<KioskEvent> pending = outbox.pending(10);
        assertThat(pending).extracting(KioskEvent::type).containsExactly("booking", "heartbeat", "booking");
        assertThat(pending.get(1).payload().get("contentVersion").asLong()).isEqualTo(2);
        outbox.delivered(List.of(new EventReceipt(a, 7, false, null)));
        outbox.rejected(List.of(b), null, "bad");
        assertThat(outbox.state(a)).hasValue(Outbox.State.DELIVERED);
        assertThat(outbox.state(b)).hasValue(Outbox.State.REJECTED);
        // A reopened outbox (a kiosk restart) still holds what was not delivered.
        database.close();
        try (Database restarted = Database.openIn(dir)) {
            Outbox reopened = Outbox.open(restarted, Clock.systemUTC());
            assertThat(reopened.pending(10)).extracting(KioskEvent::type).containsExactly("heartbeat");
        }
    }

    @Test
    void pruningDropsOnlyOldAnsweredEventsAndLookupsReadOnlyTheMatchingOnes() {
        Database database = Database.openIn(dir);
        ContentStore.open(database);
        Instant now = Instant.parse("2026-11-30T08:00:00Z");
        Outbox old = Outbox.open(database, Clock.fixed(now.minus(Duration.ofDays(20)), ZoneOffset.UTC));
        String oldDelivered = old.add("booking", Map.of("bookingId", "old-delivered", "residentId", "r-1"));
        String oldRejected = old.add("booking", Map.of("bookingId", "old-rejected", "residentId", "r-1"));
        String oldPending = old.add("booking", Map.of("bookingId", "old-pending", "residentId", "r-1"));
        Outbox outbox = Outbox.open(database, Clock.fixed(now, ZoneOffset.UTC));
        String recent = outbox.add("booking", Map.of("bookingId", "recent-one", "residentId", "r-2"));
        outbox.delivered(List.of(new EventReceipt(oldDelivered, 1, false, null), new EventReceipt(recent, 2, false, null)));
        outbox.rejected(List.of(oldRejected), null, "bad");

        assertThat(outbox.prune(now.minus(Duration.ofDays(14)))).isEqualTo(2);

        assertThat(outbox.state(oldDelivered)).isEmpty();
        assertThat(outbox.state(oldRejected)).isEmpty();
        assertThat(outbox.state(oldPending)).as("nothing undelivered is lost").hasValue(Outbox.State.PENDING);
        assertThat(outbox.state(recent)).hasValue(Outbox.State.DELIVERED);
        assertThat(outbox.entries("booking", "residentId", "r-2")).extracting(e -> e.event().id()).containsExactly(recent);
        assertThat(outbox.entries("booking", "bookingId", "old-pending")).extracting(e -> e.event().id())
                .containsExactly(oldPending);
        assertThat(outbox.entries("heartbeat", "bookingId", "old-pending")).isEmpty();
    }

    @Test
    void aScannedCardLeavesTheOutboxWithItsEvent() {
        Database database = Database.openIn(dir);
        ContentStore.open(database);
        Outbox outbox = Outbox.open(database, Clock.systemUTC());
        String sent = outbox.add("booking", Map.of("bookingId", "with-card-1", "card", "MK1:secret"));
        String refused = outbox.add("booking", Map.of("bookingId", "with-card-2", "card", "MK1:secret"));
        String waiting = outbox.add("booking", Map.of("bookingId", "with-card-3", "card", "MK1:secret"));
        assertThat(outbox.pending(10).get(0).payload().path("card").asText()).as("sent with the event").isEqualTo("MK1:secret");

        outbox.delivered(List.of(new EventReceipt(sent, 1, false, null)));
        outbox.rejected(List.of(refused), null, "bad");

        assertThat(outbox.entries("booking")).allSatisfy(e -> assertThat(e.event().payload().has("card"))
                .as(e.event().id()).isEqualTo(e.event().id().equals(waiting)));
        assertThat(outbox.entries("booking", "bookingId", "with-card-1")).singleElement()
                .satisfies(e -> assertThat(e.event().payload().path("bookingId").asText()).isEqualTo("with-card-1"));
    }
}
