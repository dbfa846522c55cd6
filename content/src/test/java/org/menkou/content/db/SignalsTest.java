package org.menkou.content.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signals of an embedded database: delivered in process, in order, to the subscribers of the channel. */
class SignalsTest {
    @TempDir
    Path dir;

    @Test
    void aSignalReachesEverySubscriberOfItsChannelInOrderAndNoOther() {
        try (Database db = Database.openIn(dir)) {
            List<String> first = new CopyOnWriteArrayList<>();
            List<String> second = new CopyOnWriteArrayList<>();
            List<String> elsewhere = new CopyOnWriteArrayList<>();
            db.signals().subscribe("board", first::add);
            Signals.Subscription s = db.signals().subscribe("board", second::add);
            db.signals().subscribe("other_channel", elsewhere::add);
            for (int i = 1; i <= 3; i++) {
                db.signals().publish("board", "alarm " + i);
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> first.size() == 3 && second.size() == 3);
            assertThat(first).containsExactly("alarm 1", "alarm 2", "alarm 3");
            s.close();
            db.signals().publish("board", "alarm 4");
            await().atMost(Duration.ofSeconds(5)).until(() -> first.size() == 4);
            assertThat(second).as("closed subscription").hasSize(3);
            assertThat(elsewhere).isEmpty();
        }
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthers() {
        try (Database db = Database.openIn(dir)) {
            List<String> got = new CopyOnWriteArrayList<>();
            db.signals().subscribe("board", p -> {
                throw new IllegalStateException("listener bug");
            });
            db.signals().subscribe("board", got::add);
            db.signals().publish("board", "one");
            db.signals().publish("board", "two");
            await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 2);
        }
    }

    @Test
    void channelNamesAndPayloadSizesAreChecked() {
        try (Database db = Database.openIn(dir)) {
            assertThatThrownBy(() -> db.signals().publish("Board; DROP TABLE x", "p"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> db.signals().subscribe("", p -> { }))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> db.signals().publish("board", "x".repeat(Signals.MAX_PAYLOAD + 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void signalsAfterTheDatabaseClosedAreDropped() {
        Database db = Database.openIn(dir);
        Signals signals = db.signals();
        db.close();
        assertThatCode(() -> signals.publish("board", "late")).doesNotThrowAnyException();
    }
}
