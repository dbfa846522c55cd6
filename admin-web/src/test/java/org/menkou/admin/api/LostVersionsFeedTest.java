package org.menkou.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.backup.LostVersions;
import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;
import org.menkou.content.protocol.ContentCodec;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TestDatabases;

/** A kiosk whose content version a restore made void gets a full snapshot, however close it is to the server's. */
class LostVersionsFeedTest {
    @TempDir
    Path dir;

    @Test
    void aVersionInAVoidRangeGetsASnapshotAndOthersADelta() {
        ContentStore store = ContentStore.open(TestDatabases.server(dir));
        try {
            LocalDate today = LocalDate.now();
            for (int i = 0; i < 6; i++) {
                store.notices().save(new Notice("n" + i, NoticeKind.NOTICE, "通知", "内容", null, today, today));
            }
            long current = store.changes().currentVersion();
            store.putMeta(LostVersions.META, (current - 4) + "-" + (current - 3));
            ContentFeed feed = new ContentFeed(store, new ContentCodec(SyncJson.strict()), 5_000);

            assertThat(feed.page("wt-station-1", current - 3, 100).snapshot()).isTrue();
            assertThat(feed.page("wt-station-1", current - 4, 100).snapshot()).isTrue();
            assertThat(feed.page("wt-station-1", current - 2, 100).snapshot()).isFalse();
            assertThat(feed.page("wt-station-1", current - 5, 100).snapshot()).isFalse();
        } finally {
            store.database().close();
        }
    }
}
