package org.menkou.content.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.store.ContentStore;

class OutboxTest {
    @TempDir
    Path dir;

    @Test
    void eventsStayPendingUntilAcknowledgedAndHeartbeatsAreCoalesced() {
        ContentStore.openIn(dir);
        Outbox outbox = Outbox.open(dir.resolve(ContentStore.FILE_NAME), Clock.systemUTC());
        String a = outbox.add("booking", Map.of("n", 1));
        outbox.replacePending("heartbeat", new Heartbeat(1, "v", false, "x"));
        outbox.replacePending("heartbeat", new Heartbeat(2, "v", false, "x"));
        String b = outbox.add("booking", Map.of("n", 2));
        List<KioskEvent> pending = outbox.pending(10);
        assertThat(pending).extracting(KioskEvent::type).containsExactly("booking", "heartbeat", "booking");
        assertThat(pending.get(1).payload().get("contentVersion").asLong()).isEqualTo(2);
        outbox.delivered(List.of(new EventReceipt(a, 7, false, null)));
        outbox.rejected(List.of(b), "bad");
        assertThat(outbox.state(a)).hasValue(Outbox.State.DELIVERED);
        assertThat(outbox.state(b)).hasValue(Outbox.State.REJECTED);
        // A reopened outbox (a kiosk restart) still holds what was not delivered.
        Outbox reopened = Outbox.open(dir.resolve(ContentStore.FILE_NAME), Clock.systemUTC());
        assertThat(reopened.pending(10)).extracting(KioskEvent::type).containsExactly("heartbeat");
    }
}
