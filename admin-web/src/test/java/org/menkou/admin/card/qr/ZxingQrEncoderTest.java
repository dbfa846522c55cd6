package org.menkou.admin.card.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.card.QrModules;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;

/** The codes the admin server prints on resident cards. */
class ZxingQrEncoderTest {
    @TempDir
    Path dir;

    @Test
    void aCardCodeIsAVersion6QrCodeAtLevelM() {
        ContentStore store = ContentStore.openIn(dir);
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
        CardIssuer issuer = CardIssuer.forDataDirectory(dir, store, Clock.systemUTC(), CardIssuer.DEFAULT_VALIDITY);
        QrModules modules = new ZxingQrEncoder().encode(issuer.issue("r-7k2m9q").payload());
        assertThat(modules.size()).isEqualTo(41);
        var image = modules.toImage(2);
        assertThat(image.getWidth()).isEqualTo((41 + 8) * 2);
        assertThat(image.getRaster().getSample(0, 0, 0)).isEqualTo(255);
        assertThat(image.getRaster().getSample(8, 8, 0)).as("top-left finder pattern").isZero();
    }
}
