package org.menkou.hardware.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.menkou.hardware.qr.zxing.ZxingQrDecoder;

/**
 * Decode rates of generated card-sized codes (version 6, level M, 4 px per module before distortion) under each
 * distortion, mild and strong. Mild ones must decode at least 99 % of the time; strong ones are reported. The table
 * goes to standard output and to target/qr-robustness.md.
 */
@Tag("integration")
class QrRobustnessTest {
    static final int MILD_SAMPLES = 100;
    static final int STRONG_SAMPLES = 40;

    record Distortion(String name, String mild, String strong, BiFunction<BufferedImage, Random, BufferedImage> mildOp,
            BiFunction<BufferedImage, Random, BufferedImage> strongOp) {
    }

    record Rate(String distortion, String level, int decoded, int samples) {
        double percent() {
            return 100.0 * decoded / samples;
        }
    }

    final ZxingQrDecoder decoder = new ZxingQrDecoder();

    @Test
    void mildDistortionsDecodeAtLeast99PercentOfTheTime() throws IOException {
        List<Distortion> distortions = List.of(
                new Distortion("rotation", "any angle 0-360°", "any angle, 2 px/module",
                        (img, r) -> Distortions.rotate(img, r.nextDouble() * 360),
                        (img, r) -> Distortions.rotate(Distortions.scaleTo(img, img.getWidth() / 2), r.nextDouble() * 360)),
                new Distortion("scaled down", "to 120 px (2.4 px/module)", "to 80 px (1.6 px/module)",
                        (img, r) -> Distortions.scaleTo(img, 120), (img, r) -> Distortions.scaleTo(img, 80)),
                new Distortion("blur", "gaussian σ = 1 px (¼ module)", "σ = 2 px (½ module)",
                        (img, r) -> Distortions.blur(img, 1.0), (img, r) -> Distortions.blur(img, 2.0)),
                new Distortion("low contrast", "grey 90 on 170", "grey 115 on 145",
                        (img, r) -> Distortions.contrast(img, 90, 170), (img, r) -> Distortions.contrast(img, 115, 145)),
                new Distortion("JPEG", "quality 0.3", "quality 0.05",
                        (img, r) -> Distortions.jpeg(img, 0.3f), (img, r) -> Distortions.jpeg(img, 0.05f)),
                new Distortion("perspective", "corners moved ≤ 10 %", "corners moved ≤ 25 %",
                        (img, r) -> Distortions.perspective(img, 0.10, r), (img, r) -> Distortions.perspective(img, 0.25, r)),
                new Distortion("clutter", "200 px code in a busy 640×480 scene", "120 px code, twice the clutter",
                        (img, r) -> Distortions.clutter(img, 200, 40, r), (img, r) -> Distortions.clutter(img, 120, 80, r)));

        Random random = new Random(2026);
        List<Rate> rates = new ArrayList<>();
        for (Distortion d : distortions) {
            rates.add(rate(d.name(), "mild: " + d.mild(), d.mildOp(), MILD_SAMPLES, random));
            rates.add(rate(d.name(), "strong: " + d.strong(), d.strongOp(), STRONG_SAMPLES, random));
        }
        String table = table(rates);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "qr-robustness.md"), table);

        assertThat(rates.stream().filter(r -> r.level().startsWith("mild")))
                .allSatisfy(r -> assertThat(r.percent()).as(r.distortion()).isGreaterThanOrEqualTo(99.0));
    }

    private Rate rate(String name, String level, BiFunction<BufferedImage, Random, BufferedImage> op, int samples,
            Random random) {
        int decoded = 0;
        for (int i = 0; i < samples; i++) {
            String payload = QrImages.cardLikePayload(random);
            BufferedImage image = op.apply(Distortions.rgb(QrImages.qr(payload, 4)), random);
            if (decoder.decode(image).filter(payload::equals).isPresent()) {
                decoded++;
            }
        }
        return new Rate(name, level, decoded, samples);
    }

    private static String table(List<Rate> rates) {
        StringBuilder sb = new StringBuilder("| distortion | level | decoded | rate |\n|---|---|---|---|\n");
        for (Rate r : rates) {
            sb.append(String.format("| %s | %s | %d / %d | %.0f %% |%n", r.distortion(), r.level(), r.decoded(),
                    r.samples(), r.percent()));
        }
        return sb.toString();
    }
}
