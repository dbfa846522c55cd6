package org.menkou.content.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.InvalidContentException;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentEntity;
import org.menkou.content.store.ContentStore;

class ContentCodecTest {
    @TempDir
    Path dir;

    @Test
    void everyKindOfDemoContentSurvivesTheWireAndBadValuesAreRefused() {
        ContentStore store = ContentStore.open(dir.resolve("m.db"), Clock.systemUTC());
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
        ContentCodec codec = new ContentCodec(SyncJson.lenient());
        store.policies().all().forEach(p -> assertThat(codec.decode(ContentEntity.POLICY, codec.encode(p))).isEqualTo(p));
        store.stations().all().forEach(s -> assertThat(codec.decode(ContentEntity.STATION, codec.encode(s))).isEqualTo(s));
        store.notices().all().forEach(n -> assertThat(codec.decode(ContentEntity.NOTICE, codec.encode(n))).isEqualTo(n));
        store.menus().between(LocalDate.now(), LocalDate.now().plusDays(3))
                .forEach(m -> assertThat(codec.decode(ContentEntity.CANTEEN_MENU, codec.encode(m))).isEqualTo(m));
        var bad = codec.encode(store.notices().all().get(0));
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad).put("title", "");
        assertThatThrownBy(() -> codec.decode(ContentEntity.NOTICE, bad)).isInstanceOf(InvalidContentException.class);
    }
}
