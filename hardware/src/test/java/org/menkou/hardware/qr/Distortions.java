package org.menkou.hardware.qr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Image distortions for the robustness test: what cameras, printers and hands do to a code. All on RGB images. */
final class Distortions {
    private Distortions() {
    }

    static BufferedImage rgb(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Rotated by {@code degrees} about its centre on a white canvas big enough for any angle, bilinear. */
    static BufferedImage rotate(BufferedImage src, double degrees) {
        int side = (int) Math.ceil(Math.hypot(src.getWidth(), src.getHeight())) + 8;
        BufferedImage out = canvas(side, side);
        Graphics2D g = smooth(out);
        g.rotate(Math.toRadians(degrees), side / 2.0, side / 2.0);
        g.drawImage(src, (side - src.getWidth()) / 2, (side - src.getHeight()) / 2, null);
        g.dispose();
        return out;
    }

    /** Scaled so its width is {@code width} pixels, by repeated halving then bilinear (as a camera's optics would). */
    static BufferedImage scaleTo(BufferedImage src, int width) {
        BufferedImage cur = rgb(src);
        while (cur.getWidth() / 2 >= width) {
            cur = resize(cur, cur.getWidth() / 2, cur.getHeight() / 2);
        }
        return resize(cur, width, (int) Math.round((double) width * src.getHeight() / src.getWidth()));
    }

    /** Gaussian blur with standard deviation {@code sigma} pixels. */
    static BufferedImage blur(BufferedImage src, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        int size = 2 * radius + 1;
        float[] weights = new float[size];
        float sum = 0;
        for (int i = 0; i < size; i++) {
            weights[i] = (float) Math.exp(-((i - radius) * (i - radius)) / (2 * sigma * sigma));
            sum += weights[i];
        }
        for (int i = 0; i < size; i++) {
            weights[i] /= sum;
        }
        BufferedImage padded = canvas(src.getWidth() + 2 * radius, src.getHeight() + 2 * radius);
        Graphics2D g = padded.createGraphics();
        g.drawImage(src, radius, radius, null);
        g.dispose();
        BufferedImage h = new ConvolveOp(new Kernel(size, 1, weights), ConvolveOp.EDGE_NO_OP, null).filter(padded, null);
        return new ConvolveOp(new Kernel(1, size, weights), ConvolveOp.EDGE_NO_OP, null).filter(h, null);
    }

    /** Black becomes {@code dark}, white becomes {@code light} (grey levels 0-255). */
    static BufferedImage contrast(BufferedImage src, int dark, int light) {
        BufferedImage out = rgb(src);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int v = out.getRGB(x, y) & 0xFF;
                int g = dark + (light - dark) * v / 255;
                out.setRGB(x, y, g << 16 | g << 8 | g);
            }
        }
        return out;
    }

    /** Compressed as JPEG at {@code quality} (0-1) and decoded again. */
    static BufferedImage jpeg(BufferedImage src, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(rgb(src), null, null), param);
            } finally {
                writer.dispose();
            }
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Seen at an angle: each corner moved inward or outward by up to {@code amount} of the side, independently, and the
     * image warped by the homography between the squares (bilinear sampling, white outside).
     */
    static BufferedImage perspective(BufferedImage src, double amount, Random random) {
        int w = src.getWidth();
        int h = src.getHeight();
        int pad = (int) Math.ceil(amount * Math.max(w, h)) + 4;
        double[][] from = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        double[][] to = new double[4][2];
        for (int i = 0; i < 4; i++) {
            to[i][0] = from[i][0] + pad + (random.nextDouble() * 2 - 1) * amount * w;
            to[i][1] = from[i][1] + pad + (random.nextDouble() * 2 - 1) * amount * h;
        }
        double[] back = homography(to, from);
        BufferedImage out = canvas(w + 2 * pad, h + 2 * pad);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                double d = back[6] * x + back[7] * y + 1;
                double sx = (back[0] * x + back[1] * y + back[2]) / d;
                double sy = (back[3] * x + back[4] * y + back[5]) / d;
                out.setRGB(x, y, sample(src, sx, sy));
            }
        }
        return out;
    }

    /** The code at {@code codeWidth} pixels somewhere in a 640x480 scene of shapes, lines, text and noise. */
    static BufferedImage clutter(BufferedImage code, int codeWidth, int shapes, Random random) {
        BufferedImage scene = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(scene);
        g.setColor(new Color(120 + random.nextInt(100), 120 + random.nextInt(100), 120 + random.nextInt(100)));
        g.fillRect(0, 0, 640, 480);
        for (int i = 0; i < shapes; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            int x = random.nextInt(640);
            int y = random.nextInt(480);
            switch (random.nextInt(4)) {
                case 0 -> g.fillRect(x, y, 10 + random.nextInt(80), 10 + random.nextInt(80));
                case 1 -> g.fillOval(x, y, 10 + random.nextInt(60), 10 + random.nextInt(60));
                case 2 -> {
                    g.setStroke(new BasicStroke(1 + random.nextInt(4)));
                    g.drawLine(x, y, random.nextInt(640), random.nextInt(480));
                }
                default -> {
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10 + random.nextInt(20)));
                    g.drawString("ABC 123 xyz", x, y);
                }
            }
        }
        BufferedImage small = scaleTo(code, codeWidth);
        g.drawImage(small, random.nextInt(640 - codeWidth), random.nextInt(480 - small.getHeight()), null);
        g.dispose();
        for (int i = 0; i < 3000; i++) {
            scene.setRGB(random.nextInt(640), random.nextInt(480), random.nextInt(0x1000000));
        }
        return scene;
    }

    private static BufferedImage resize(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smooth(out);
        g.drawImage(src, AffineTransform.getScaleInstance((double) w / src.getWidth(), (double) h / src.getHeight()), null);
        g.dispose();
        return out;
    }

    private static BufferedImage canvas(int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return out;
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static int sample(BufferedImage src, double x, double y) {
        int x0 = (int) Math.floor(x - 0.5);
        int y0 = (int) Math.floor(y - 0.5);
        double fx = x - 0.5 - x0;
        double fy = y - 0.5 - y0;
        double v = (1 - fx) * (1 - fy) * grey(src, x0, y0) + fx * (1 - fy) * grey(src, x0 + 1, y0)
                + (1 - fx) * fy * grey(src, x0, y0 + 1) + fx * fy * grey(src, x0 + 1, y0 + 1);
        int g = (int) Math.round(v);
        return g << 16 | g << 8 | g;
    }

    private static int grey(BufferedImage src, int x, int y) {
        return x < 0 || y < 0 || x >= src.getWidth() || y >= src.getHeight() ? 255 : src.getRGB(x, y) & 0xFF;
    }

    /** The 8 coefficients (h33 = 1) of the homography mapping each {@code from[i]} to {@code to[i]}. */
    private static double[] homography(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c < 9; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        return h;
    }
}
