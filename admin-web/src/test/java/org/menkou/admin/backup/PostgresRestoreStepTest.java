package org.menkou.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;
import org.menkou.content.store.ContentStore;
import org.menkou.content.testing.TestDatabases;

/**
 * The SQL that docs/deploy.md tells a city to run after restoring PostgreSQL does what {@code menkou restore} does on
 * SQLite: the next content version is {@link LostVersions#SKIP} past the restored one, and the range is recorded.
 * Runs in the build's PostgreSQL run; the statements are read from the document itself.
 */
class PostgresRestoreStepTest {
    private static final Path DEPLOY = Path.of("../docs/deploy.md");

    @TempDir
    Path dir;

    @Test
    void theDocumentedStepVoidsTheVersionsAfterTheRestoredOne() throws IOException {
        assumeTrue(TestDatabases.postgres(), "the PostgreSQL run checks the PostgreSQL statements");
        String sql = documentedSql();
        ContentStore store = ContentStore.open(TestDatabases.server(dir));
        try {
            save(store, "n1");
            long restored = store.changes().currentVersion();
            store.database().jdbi().useHandle(h -> h.createScript(sql).execute());
            long next = save(store, "n2");
            assertThat(next).isEqualTo(restored + LostVersions.SKIP + 1);
            LostVersions lost = LostVersions.parse(store.meta(LostVersions.META));
            assertThat(lost.contains(restored)).isFalse();
            assertThat(lost.contains(restored + 1)).isTrue();
            assertThat(lost.contains(next)).isFalse();

            store.database().jdbi().useHandle(h -> h.createScript(sql).execute());
            LostVersions twice = LostVersions.parse(store.meta(LostVersions.META));
            assertThat(twice.contains(restored + 1)).as("earlier ranges stay").isTrue();
            assertThat(twice.contains(next + 1)).isTrue();
        } finally {
            store.database().close();
        }
    }

    private static long save(ContentStore store, String id) {
        LocalDate today = LocalDate.now();
        return store.notices().save(new Notice(id, NoticeKind.NOTICE, "通知", "内容", null, today, today));
    }

    /** The first {@code sql} block after "After **any** PostgreSQL restore" in docs/deploy.md. */
    private static String documentedSql() throws IOException {
        String doc = Files.readString(DEPLOY, StandardCharsets.UTF_8);
        int from = doc.indexOf("```sql\n", doc.indexOf("After **any** PostgreSQL restore"));
        assertThat(from).as("the step in " + DEPLOY).isPositive();
        int start = from + "```sql\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }
}
