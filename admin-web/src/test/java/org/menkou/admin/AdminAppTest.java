package org.menkou.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.store.ContentStore;

class AdminAppTest {
    @TempDir
    Path dir;

    @Test
    void healthReportsTheContentVersionOverRealHttp() {
        ContentStore store = ContentStore.open(dir.resolve("menkou.db"), Clock.systemUTC());
        JavalinTest.test(new AdminApp(store).create(), (server, client) -> {
            assertThat(client.get("/health").body().string()).contains("\"contentVersion\":0");
            store.stations().save(new Station("st-1", StationKind.STATION, "一站", "梧桐路2号", "每天", "021-5555 0101", null));
            assertThat(client.get("/health").body().string()).contains("\"contentVersion\":1");
            assertThat(client.get("/no-such-page").code()).isEqualTo(404);
        });
    }
}
