package org.menkou.kiosk.cli;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.Map;
import javax.imageio.ImageIO;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.card.QrModules;
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
        this.store = ContentStore.openIn(data);
        new DemoSeed().seedIfEmpty(store, LocalDate.now());
    }

    /** An issuer whose "today" is {@code daysAgo} days back, cards valid for {@code validity}. */
    CardIssuer issuer(int daysAgo, Period validity) {
        Clock past = Clock.offset(Clock.system(ZoneId.systemDefault()), java.time.Duration.ofDays(-daysAgo));
        return CardIssuer.forDataDirectory(data, store, past, validity);
    }

    /** A PNG of a plain QR code for {@code text}, at level M as the admin server prints cards. */
    static Path png(Path file, String text) {
        return write(file, qr(text).toImage(6));
    }

    /** The modules of the code for {@code text}, made with ZXing (on the kiosk's class path for its QR readers). */
    private static QrModules qr(String text) {
        try {
            ByteMatrix matrix = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
            int size = matrix.getWidth();
            BitSet dark = new BitSet(size * size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    dark.set(y * size + x, matrix.get(x, y) == 1);
                }
            }
            return new QrModules(size, dark);
        } catch (WriterException e) {
            throw new IllegalArgumentException("does not fit in a QR code: " + text.length() + " characters", e);
        }
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
