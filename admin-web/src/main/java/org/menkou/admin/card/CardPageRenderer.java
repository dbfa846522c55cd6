package org.menkou.admin.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.menkou.content.card.CardException;
import org.menkou.content.card.QrEncoder;
import org.menkou.content.card.QrModules;

/**
 * Draws the printable resident card: an A6 portrait page (105 × 148 mm) at {@value #DPI} dpi, black on white, with
 * the title, the masked name in large type, the home station, the QR code as large as the page allows (whole pixels
 * per module, so every module prints sharp) and a short help line. Uses the CJK font WenQuanYi Micro Hei
 * (Debian package fonts-wqy-microhei). Needs no display: run with {@code -Djava.awt.headless=true}.
 */
public final class CardPageRenderer {
    public static final int DPI = 300;
    /** A6 at 300 dpi: 105 mm × 148 mm. */
    public static final int WIDTH = 1240;
    public static final int HEIGHT = 1748;
    public static final String FONT_FAMILY = "WenQuanYi Micro Hei";
    static final Path FONT_FILE = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final String TITLE = "居民服务卡";
    static final String HELP = "到服务站一体机，把二维码对准扫码口";
    static final int MARGIN = 60;
    static final int QR_TOP = 470;
    static final int QR_MAX_SIDE = 1000;

    private final QrEncoder encoder;
    private final Font font;

    public CardPageRenderer(QrEncoder encoder, Font font) {
        this.encoder = encoder;
        this.font = font;
    }

    /** A renderer with the installed WenQuanYi Micro Hei font; a CardException saying how to install it when absent. */
    public static CardPageRenderer withInstalledFont(QrEncoder encoder) {
        return new CardPageRenderer(encoder, findFont());
    }

    /** The page for {@code face}. The QR code's module size in pixels is {@link #modulePixels}. */
    public BufferedImage render(CardFace face) {
        QrModules qr = encoder.encode(face.payload());
        BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(3));
            g.drawRoundRect(MARGIN / 2, MARGIN / 2, WIDTH - MARGIN, HEIGHT - MARGIN, 60, 60);
            centred(g, TITLE, 80, 170);
            centred(g, face.maskedName(), 130, 330);
            centred(g, "所属站点：" + face.stationName(), 56, 420);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            drawQr(g, qr);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int below = QR_TOP + QR_MAX_SIDE + 70;
            centred(g, HELP, 54, below);
            centred(g, "有效期至 " + face.expiresOn().getYear() + "年" + face.expiresOn().getMonthValue() + "月"
                    + face.expiresOn().getDayOfMonth() + "日　卡号尾号 " + face.cardIdTail(), 40, below + 80);
        } finally {
            g.dispose();
        }
        return page;
    }

    /** Pixels per module of the printed QR code for {@code qr}, quiet zone included in the {@value #QR_MAX_SIDE} px. */
    static int modulePixels(QrModules qr) {
        return QR_MAX_SIDE / (qr.size() + 2 * QrModules.QUIET_ZONE);
    }

    /** The left edge of the code's quiet zone on the page. */
    static int qrLeft(QrModules qr) {
        return (WIDTH - modulePixels(qr) * (qr.size() + 2 * QrModules.QUIET_ZONE)) / 2;
    }

    private static void drawQr(Graphics2D g, QrModules qr) {
        int m = modulePixels(qr);
        int x0 = qrLeft(qr) + QrModules.QUIET_ZONE * m;
        int y0 = QR_TOP + QrModules.QUIET_ZONE * m;
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.isDark(x, y)) {
                    g.fillRect(x0 + x * m, y0 + y * m, m, m);
                }
            }
        }
    }

    /** Draws {@code text} centred at {@code baseline}, smaller than {@code size} when it would not fit otherwise. */
    private void centred(Graphics2D g, String text, float size, int baseline) {
        if (font.canDisplayUpTo(text) != -1) {
            throw new CardException("the font " + font.getFontName() + " cannot show \"" + text + "\"");
        }
        int room = WIDTH - 3 * MARGIN;
        Font sized = font.deriveFont(size);
        int width = g.getFontMetrics(sized).stringWidth(text);
        if (width > room) {
            sized = font.deriveFont(size * room / width);
            width = g.getFontMetrics(sized).stringWidth(text);
        }
        g.setFont(sized);
        g.drawString(text, (WIDTH - width) / 2, baseline);
    }

    private static Font findFont() {
        boolean installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(FONT_FAMILY);
        if (installed) {
            return new Font(FONT_FAMILY, Font.PLAIN, 12);
        }
        if (Files.isRegularFile(FONT_FILE)) {
            try {
                return Font.createFonts(FONT_FILE.toFile())[0];
            } catch (FontFormatException | IOException e) {
                throw new CardException("cannot load the font " + FONT_FILE + ": " + e.getMessage(), e);
            }
        }
        throw new CardException("the CJK font " + FONT_FAMILY + " is not installed; install it with: "
                + "apt-get install fonts-wqy-microhei");
    }
}
