package org.menkou.content.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.testing.PostgresCluster;

/**
 * Signals through a real PostgreSQL server between two processes' worth of connections: NOTIFY on one {@link Database},
 * LISTEN on another, and the listening connection coming back by itself after the server restarted (a private
 * cluster, since it is restarted).
 */
class PostgresSignalsTest {
    @TempDir
    Path dir;

    @Test
    void aSignalPublishedThroughOneDatabaseReachesTheOtherAndAgainAfterTheServerRestarted() throws Exception {
        try (PostgresCluster cluster = PostgresCluster.start()) {
            String url = cluster.newDatabase();
            try (Database publisher = Database.open(url, dir); Database listener = Database.open(url, dir)) {
                List<String> got = new CopyOnWriteArrayList<>();
                listener.signals().subscribe("menkou_board", got::add);
                await("the listener is listening").atMost(Duration.ofSeconds(10)).until(() -> {
                    publisher.signals().publish("menkou_board", "probe");
                    return got.contains("probe");
                });
                got.clear();
                long sent = System.nanoTime();
                publisher.signals().publish("menkou_board", "alarm 1 1");
                await().atMost(Duration.ofSeconds(1)).until(() -> got.contains("alarm 1 1"));
                assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));

                cluster.restart();
                await("listening again after the restart").atMost(Duration.ofSeconds(15)).until(() -> {
                    publisher.signals().publish("menkou_board", "after restart");
                    return got.contains("after restart");
                });
            }
        }
    }
}
