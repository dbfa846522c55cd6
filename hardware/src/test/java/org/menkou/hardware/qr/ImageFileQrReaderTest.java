package org.menkou.hardware.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.QrReader;
import org.menkou.hardware.ScannedCode;
import org.menkou.hardware.setup.QrReaders;

/** Image files through the real decoder: PNG, JPEG, inverted codes, files without a code, files that are not images. */
class ImageFileQrReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheCodeOfAPngAndAJpegOnceEach() throws Exception {
        String payload = QrImages.cardLikePayload(new Random(1));
        for (String format : new String[] {"png", "jpg"}) {
            Path file = dir.resolve("card." + format);
            ImageIO.write(QrImages.qr(payload, 5), format, file.toFile());
            try (QrReader reader = QrReaders.imageFile(file)) {
                assertThat(reader.read(Duration.ZERO)).map(ScannedCode::text).contains(payload);
                assertThat(reader.read(Duration.ZERO)).isEmpty();
            }
        }
    }

    @Test
    void readsAnInvertedCode() throws Exception {
        String payload = QrImages.cardLikePayload(new Random(2));
        BufferedImage code = QrImages.qr(payload, 5);
        BufferedImage inverted = new BufferedImage(code.getWidth(), code.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                inverted.setRGB(x, y, ~code.getRGB(x, y) & 0xFFFFFF);
            }
        }
        Path file = dir.resolve("inverted.png");
        ImageIO.write(inverted, "png", file.toFile());
        try (QrReader reader = QrReaders.imageFile(file)) {
            assertThat(reader.read(Duration.ZERO)).map(ScannedCode::text).contains(payload);
        }
    }

    @Test
    void anImageWithoutACodeGivesNothing() throws Exception {
        Path file = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
        try (QrReader reader = QrReaders.imageFile(file)) {
            assertThat(reader.read(Duration.ZERO)).isEmpty();
        }
    }

    @Test
    void missingFilesAndNonImagesGetAClearMessage() throws Exception {
        assertThatThrownBy(() -> QrReaders.imageFile(dir.resolve("nope.png")))
                .isInstanceOf(HardwareException.class).hasMessageContaining("no image file at");
        Path text = Files.writeString(dir.resolve("notes.png"), "not really a picture");
        assertThatThrownBy(() -> QrReaders.imageFile(text))
                .isInstanceOf(HardwareException.class).hasMessageContaining("is not an image");
    }

    @Test
    void aScannedCodeNeverPrintsItsText() {
        ScannedCode code = new ScannedCode("SECRET-PAYLOAD", ScannedCode.Source.IMAGE_FILE);
        assertThat(code.toString()).doesNotContain("SECRET").contains("14 characters");
    }
}
