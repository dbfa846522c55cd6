package org.menkou.admin.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.card.qr.ZxingQrEncoder;
import org.menkou.content.card.QrModules;
import org.w3c.dom.Element;

/** The printed page, pixel by pixel: size, every QR module where the encoder put it, text drawn, resolution stored. */
class CardPageRendererTest {
    static final String PAYLOAD = "MK1:0A1B2C3D4E5F6G7H:R-7K2M9Q:20260310:20310310:" + "Z9".repeat(50);
    static final CardFace FACE = new CardFace("张*英", "银杏里家门口服务站", PAYLOAD, LocalDate.of(2031, 3, 10), "6G7H");

    @TempDir
    Path dir;

    final CardPageRenderer renderer = CardPageRenderer.withInstalledFont(new ZxingQrEncoder());

    @Test
    void thePageIsA6At300DpiWithEveryModuleOfTheCodeInPlace() {
        BufferedImage page = renderer.render(FACE);
        assertThat(page.getWidth()).isEqualTo(1240);
        assertThat(page.getHeight()).isEqualTo(1748);

        QrModules qr = new ZxingQrEncoder().encode(PAYLOAD);
        int m = CardPageRenderer.modulePixels(qr);
        assertThat(m).as("pixels per module: at least 1.5 mm printed").isGreaterThanOrEqualTo(18);
        int left = CardPageRenderer.qrLeft(qr);
        int top = CardPageRenderer.QR_TOP;
        int side = qr.size() + 2 * QrModules.QUIET_ZONE;
        for (int y = -QrModules.QUIET_ZONE; y < qr.size() + QrModules.QUIET_ZONE; y++) {
            for (int x = -QrModules.QUIET_ZONE; x < qr.size() + QrModules.QUIET_ZONE; x++) {
                boolean dark = x >= 0 && y >= 0 && x < qr.size() && y < qr.size() && qr.isDark(x, y);
                int px = left + (x + QrModules.QUIET_ZONE) * m + m / 2;
                int py = top + (y + QrModules.QUIET_ZONE) * m + m / 2;
                assertThat(grey(page, px, py)).as("module %d,%d", x, y).isEqualTo(dark ? 0 : 255);
            }
        }
        assertThat(left + side * m).isLessThanOrEqualTo(page.getWidth());
        assertThat(darkPixels(page, 0, 200, 1240, 350)).as("the masked name is drawn").isGreaterThan(2_000);
        assertThat(darkPixels(page, 0, 1480, 1240, 1650)).as("the help line is drawn").isGreaterThan(2_000);
    }

    @Test
    void aLongStationNameIsShrunkToFitInsteadOfCut() {
        CardFace longName = new CardFace("欧阳**华", "梧桐街道银杏里社区综合为老服务中心第二家门口服务站", PAYLOAD,
                LocalDate.of(2031, 3, 10), "6G7H");
        BufferedImage page = renderer.render(longName);
        assertThat(darkPixels(page, 40, 340, 88, 440)).as("nothing drawn in the left margin").isZero();
        assertThat(darkPixels(page, 1152, 340, 1200, 440)).as("nothing drawn in the right margin").isZero();
    }

    @Test
    void thePngSaysItIs300Dpi() throws Exception {
        Path file = dir.resolve("out").resolve("card.png");
        CardPngWriter.write(renderer.render(FACE), CardPageRenderer.DPI, file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element phys = (Element) ((Element) metadata.getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            assertThat(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"))).isBetween(11_810, 11_812);
            assertThat(reader.read(0).getWidth()).isEqualTo(1240);
            reader.dispose();
        }
        assertThat(dir.resolve("out").toFile().list()).containsExactly("card.png");
    }

    static int grey(BufferedImage page, int x, int y) {
        return page.getRaster().getSample(x, y, 0);
    }

    static int darkPixels(BufferedImage page, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (grey(page, x, y) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

}
