package org.menkou.hardware.qr.zxing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and decodes one QR code in an image or a grey camera frame with ZXing, in try-harder mode, inverted codes
 * (light on dark) too; ZXing itself handles any rotation of the code. Its finder-pattern search runs along rows and
 * now and then takes a stretch of data or speckle noise for a finder pattern, so when the plain attempt finds nothing
 * these are tried in turn: the image turned a quarter (the search then runs along the code's columns), a global
 * binarizer, an eighth turn, ZXing's multi-code detector (it weighs more finder-pattern triples), a slightly smoothed
 * copy, and for large images the same at half size. A frame without any code costs all of them (see
 * docs/benchmarks.md). Stateless and thread-safe: every attempt makes its own reader.
 */
public final class ZxingQrDecoder {
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.ALSO_INVERTED, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    /** Images at least this wide are also tried at half size. */
    private static final int HALVE_FROM_WIDTH = 240;
    private static final float[] BOX_3X3 = filled(9, 1f / 9);

    /** The text of a QR code in {@code image}, or empty when there is none that can be read. */
    public Optional<String> decode(BufferedImage image) {
        BufferedImage grey = grey(image);
        Optional<String> text = decodeAllWays(grey);
        if (text.isEmpty() && grey.getWidth() >= HALVE_FROM_WIDTH) {
            text = decodeAllWays(half(grey));
        }
        return text;
    }

    /**
     * The text of a QR code in a grey frame: {@code width * height} bytes of luminance, row by row, as V4L2 delivers
     * a GREY frame or the Y plane of a YUV one. The array is not modified.
     */
    public Optional<String> decodeGrey(byte[] luminance, int width, int height) {
        if (luminance.length < width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " frame needs " + width * height + " bytes");
        }
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        System.arraycopy(luminance, 0, pixels, 0, width * height);
        return decode(frame);
    }

    private static Optional<String> decodeAllWays(BufferedImage grey) {
        LuminanceSource source = new BufferedImageLuminanceSource(grey);
        Optional<String> text = attempt(new BinaryBitmap(new HybridBinarizer(source)));
        if (text.isEmpty()) {
            text = attempt(new BinaryBitmap(new HybridBinarizer(source.rotateCounterClockwise())));
        }
        if (text.isEmpty()) {
            text = attempt(new BinaryBitmap(new GlobalHistogramBinarizer(source)));
        }
        if (text.isEmpty()) {
            text = attempt(new BinaryBitmap(new HybridBinarizer(source.rotateCounterClockwise45())));
        }
        if (text.isEmpty()) {
            text = attemptMulti(new BinaryBitmap(new HybridBinarizer(source)));
        }
        if (text.isEmpty()) {
            BufferedImage smooth = new ConvolveOp(new Kernel(3, 3, BOX_3X3), ConvolveOp.EDGE_NO_OP, null).filter(grey, null);
            text = attempt(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(smooth))));
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

    private static Optional<String> attemptMulti(BinaryBitmap bitmap) {
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, HINTS);
            return results.length == 0 ? Optional.empty() : Optional.of(results[0].getText());
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        return scaled(image, image.getWidth(), image.getHeight());
    }

    private static BufferedImage half(BufferedImage image) {
        return scaled(image, Math.max(1, image.getWidth() / 2), Math.max(1, image.getHeight() / 2));
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static float[] filled(int n, float value) {
        float[] a = new float[n];
        Arrays.fill(a, value);
        return a;
    }
}
