package org.menkou.hardware.qr.zxing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and decodes one QR code in an image or a grey camera frame with ZXing: try-harder mode, inverted codes
 * (light on dark) too, any rotation (the QR finder patterns are rotation-free; a 45° turn of the image is tried last
 * for codes the binarizer loses at odd angles). Stateless and thread-safe: every call makes its own reader.
 */
public final class ZxingQrDecoder {
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.ALSO_INVERTED, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    /** The text of a QR code in {@code image}, or empty when there is none that can be read. */
    public Optional<String> decode(BufferedImage image) {
        return decode(new BufferedImageLuminanceSource(image));
    }

    /**
     * The text of a QR code in a grey frame: {@code width * height} bytes of luminance, row by row, as V4L2 delivers
     * a GREY or the Y plane of a YUV frame.
     */
    public Optional<String> decodeGrey(byte[] luminance, int width, int height) {
        if (luminance.length < width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " frame needs " + width * height + " bytes");
        }
        return decode(new PlanarYUVLuminanceSource(luminance, width, height, 0, 0, width, height, false));
    }

    private static Optional<String> decode(LuminanceSource source) {
        Optional<String> text = attempt(new BinaryBitmap(new HybridBinarizer(source)));
        if (text.isEmpty()) {
            text = attempt(new BinaryBitmap(new GlobalHistogramBinarizer(source)));
        }
        if (text.isEmpty() && source.isRotateSupported()) {
            text = attempt(new BinaryBitmap(new HybridBinarizer(source.rotateCounterClockwise45())));
        }
        return text;
    }

    private static Optional<String> attempt(BinaryBitmap bitmap) {
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, HINTS).getText());
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }
}
