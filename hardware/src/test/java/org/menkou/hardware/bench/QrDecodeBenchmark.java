package org.menkou.hardware.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.menkou.hardware.qr.QrImages;
import org.menkou.hardware.qr.zxing.ZxingQrDecoder;

/**
 * Decode time per camera frame, the way the camera reader decodes them (grey bytes → ZxingQrDecoder.decodeGrey), at
 * 640×480 and 1280×720: frames holding a card code (turned 12°, on a noisy scene) and frames without any code (what
 * the camera sees most of the time; they cost every fallback). Prints medians in ms. Run with
 * {@code mvn -B -q -Pbench test -pl content,hardware}.
 */
@Tag("benchmark")
class QrDecodeBenchmark {
    static final int WARMUP = 15;
    static final int RUNS = 40;

    @Test
    void decodeTimePerCameraFrame() {
        ZxingQrDecoder decoder = new ZxingQrDecoder();
        Random random = new Random(42);
        StringBuilder table = new StringBuilder("| frame | content | median ms | p90 ms | decoded |\n|---|---|---|---|---|\n");
        for (int[] size : new int[][] {{640, 480}, {1280, 720}}) {
            int w = size[0];
            int h = size[1];
            int codeSide = h / 2;
            List<byte[]> withCode = new ArrayList<>();
            List<String> payloads = new ArrayList<>();
            List<byte[]> empty = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String payload = QrImages.cardLikePayload(random);
                payloads.add(payload);
                BufferedImage code = turned(QrImages.qr(payload, Math.max(2, codeSide / 49)), 12);
                withCode.add(QrImages.greyFrame(code, w, h, w / 2 - code.getWidth() / 2, h / 2 - code.getHeight() / 2, random));
                empty.add(QrImages.greyScene(w, h, random));
            }
            table.append(row(decoder, w, h, "card code, " + codeSide + " px, turned 12°", withCode, payloads));
            table.append(row(decoder, w, h, "no code", empty, null));
        }
        System.out.println(table);
    }

    private static String row(ZxingQrDecoder decoder, int w, int h, String what, List<byte[]> frames, List<String> payloads) {
        for (int i = 0; i < WARMUP; i++) {
            decoder.decodeGrey(frames.get(i % frames.size()), w, h);
        }
        double[] ms = new double[RUNS];
        int decoded = 0;
        for (int i = 0; i < RUNS; i++) {
            byte[] frame = frames.get(i % frames.size());
            long t0 = System.nanoTime();
            var text = decoder.decodeGrey(frame, w, h);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (payloads != null && text.filter(payloads.get(i % frames.size())::equals).isPresent()) {
                decoded++;
            }
        }
        Arrays.sort(ms);
        return String.format("| %d×%d | %s | %.1f | %.1f | %s |%n", w, h, what, ms[RUNS / 2], ms[RUNS * 9 / 10],
                payloads == null ? "–" : decoded + " / " + RUNS);
    }

    private static BufferedImage turned(BufferedImage code, double degrees) {
        int side = (int) Math.ceil(code.getWidth() * 1.25);
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), side / 2.0, side / 2.0);
        g.drawImage(code, (side - code.getWidth()) / 2, (side - code.getHeight()) / 2, null);
        g.dispose();
        return out;
    }
}
