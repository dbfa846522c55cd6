package org.menkou.admin.card;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.menkou.content.card.CardException;

/** Writes a card page as a PNG that says its resolution (pHYs), so it prints at its true size. */
public final class CardPngWriter {
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private CardPngWriter() {
    }

    /** Writes {@code page} at {@code dpi} to {@code file}, replacing it only once the whole image is written. */
    public static void write(BufferedImage page, int dpi, Path file) {
        Path absolute = file.toAbsolutePath();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".part");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            Files.createDirectories(absolute.getParent());
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
            metadata.mergeTree(PNG_FORMAT, resolution(dpi));
            try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(page, null, metadata), param);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CardException("cannot write the card image " + file + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
    }

    /** A pHYs chunk (pixels per metre) for {@code dpi}; set natively, as the standard tree's pixel size is misread. */
    private static IIOMetadataNode resolution(int dpi) {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(phys);
        return root;
    }
}
