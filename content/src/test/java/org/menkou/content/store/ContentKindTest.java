package org.menkou.content.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.db.Database;

/** Every kind's descriptor names tables and keys the migrated schema has, so the replica can clear and delete it. */
class ContentKindTest {
    @TempDir
    Path dir;

    @Test
    void everyKindsTablesAndKeyExistInTheSchema() {
        try (Database database = Database.openIn(dir)) {
            ContentStore.open(database, Clock.systemUTC());
            for (ContentEntity entity : ContentEntity.values()) {
                ContentKind<?> kind = entity.kind();
                assertThat(kind.tables()).as(entity.name()).endsWith(kind.table());
                for (String table : kind.tables()) {
                    int rows = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                            .mapTo(Integer.class).one());
                    assertThat(rows).as(table).isZero();
                }
                database.jdbi().useHandle(h -> h.createQuery("SELECT " + kind.key() + " FROM " + kind.table() + " LIMIT 0")
                        .mapToMap().list());
            }
        }
    }

    @Test
    void theKindsRecordTypesAreDistinctSoAValueNamesItsKind() {
        List<Class<?>> types = Arrays.stream(ContentEntity.values()).<Class<?>>map(e -> e.kind().type()).toList();
        assertThat(types).doesNotHaveDuplicates();
    }
}
