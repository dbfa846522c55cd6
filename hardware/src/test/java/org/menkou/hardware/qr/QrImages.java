package org.menkou.hardware.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Random;

/** Test codes: card-shaped payloads and their QR images at level M, as the admin server prints them. */
public final class QrImages {
    private static final String BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private QrImages() {
    }

    /** A payload with the shape and length of a real card (the signature digits are random). */
    public static String cardLikePayload(Random random) {
        return "MK1:" + digits(random, 16) + ":R-" + digits(random, 6).toUpperCase() + ":20260310:20310310:" + digits(random, 100);
    }

    /** The code for {@code text}, {@code pixelsPerModule} pixels per module, with the 4-module quiet zone. */
    public static BufferedImage qr(String text, int pixelsPerModule) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BitMatrix scaled = new BitMatrix(modules.getWidth() * pixelsPerModule, modules.getHeight() * pixelsPerModule);
            for (int y = 0; y < scaled.getHeight(); y++) {
                for (int x = 0; x < scaled.getWidth(); x++) {
                    if (modules.get(x / pixelsPerModule, y / pixelsPerModule)) {
                        scaled.set(x, y);
                    }
                }
            }
            return MatrixToImageWriter.toBufferedImage(scaled);
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A grey frame ({@code width * height} luminance bytes) with {@code code} drawn at (x, y) on a mid-grey scene. */
    public static byte[] greyFrame(BufferedImage code, int width, int height, int x, int y, Random random) {
        byte[] frame = greyScene(width, height, random);
        for (int cy = 0; cy < code.getHeight() && y + cy < height; cy++) {
            for (int cx = 0; cx < code.getWidth() && x + cx < width; cx++) {
                int grey = (code.getRGB(cx, cy) & 0xFF) == 0 ? 30 + random.nextInt(20) : 210 + random.nextInt(30);
                frame[(y + cy) * width + x + cx] = (byte) grey;
            }
        }
        return frame;
    }

    /** A grey frame of noise around mid-grey, without a code. */
    public static byte[] greyScene(int width, int height, Random random) {
        byte[] frame = new byte[width * height];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (byte) (90 + random.nextInt(60));
        }
        return frame;
    }

    private static String digits(Random random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(BASE36.charAt(random.nextInt(BASE36.length())));
        }
        return sb.toString();
    }
}
