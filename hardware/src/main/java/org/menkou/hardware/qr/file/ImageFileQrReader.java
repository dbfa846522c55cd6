package org.menkou.hardware.qr.file;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.QrReader;
import org.menkou.hardware.ScannedCode;
import org.menkou.hardware.qr.zxing.ZxingQrDecoder;

/**
 * Reads the QR code in one image file (PNG, JPEG, GIF or BMP). The first {@link #read} decodes the file; later reads
 * return empty. Opening checks that the file exists and is an image, so a bad path fails early with a clear message.
 */
public final class ImageFileQrReader implements QrReader {
    private final ZxingQrDecoder decoder = new ZxingQrDecoder();
    private BufferedImage image;

    public ImageFileQrReader(Path file) throws HardwareException {
        if (!Files.isRegularFile(file)) {
            throw new HardwareException("no image file at " + file);
        }
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new HardwareException("cannot read the image " + file + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new HardwareException(file + " is not an image this reader knows (PNG, JPEG, GIF or BMP)");
        }
    }

    @Override
    public synchronized Optional<ScannedCode> read(Duration timeout) {
        if (image == null) {
            return Optional.empty();
        }
        Optional<String> text = decoder.decode(image);
        image = null;
        return text.map(t -> new ScannedCode(t, ScannedCode.Source.IMAGE_FILE));
    }

    @Override
    public synchronized void close() {
        image = null;
    }
}
