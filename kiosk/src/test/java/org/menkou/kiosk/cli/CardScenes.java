package org.menkou.kiosk.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.card.qr.ZxingQrEncoder;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;

/**
 * A seeded data directory whose issuer signs cards as the admin server would, and code images to scan: a stand-in for
 * what the admin server and sync will put on a kiosk, made with the real content classes.
 */
final class CardScenes {
    final Path data;
    final ContentStore store;

    CardScenes(Path data) {
        this.data = data;
        this.store = ContentStore.open(Database.openIn(data));
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
    }

    /** An issuer whose "today" is {@code daysAgo} days back, cards valid for {@code validity}. */
    CardIssuer issuer(int daysAgo, Period validity) {
        Clock past = Clock.offset(Clock.system(ZoneId.systemDefault()), java.time.Duration.ofDays(-daysAgo));
        return CardIssuer.forDataDirectory(data, store, past, validity);
    }

    /** A PNG of a plain QR code for {@code text}. */
    static Path png(Path file, String text) {
        return write(file, new ZxingQrEncoder().encode(text).toImage(6));
    }

    static Path write(Path file, BufferedImage image) {
        try {
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
