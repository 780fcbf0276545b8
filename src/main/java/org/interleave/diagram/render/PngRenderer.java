// Paints a DiagramLayout into a PNG at 1x, 2x or 3x: the image is sized to the diagram, text antialiased at that scale.
package org.interleave.diagram.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.DiagramStyle;
import org.interleave.diagram.LayoutPainter;
import org.interleave.diagram.TextMeasurer;

public final class PngRenderer {
    public static final int MAX_SCALE = 3;
    private final TextMeasurer measurer;

    /** {@code measurer}: the one the layout was built with (for centred text). */
    public PngRenderer(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The image size for a layout at a scale: each side rounded up to whole pixels. */
    public static int pixels(double size, int scale) {
        return (int) Math.ceil(size * scale);
    }

    public BufferedImage image(DiagramLayout layout, int scale) {
        if (scale < 1 || scale > MAX_SCALE) throw new IllegalArgumentException("the PNG scale must be 1, 2 or 3, not " + scale);
        BufferedImage image = new BufferedImage(pixels(layout.width(), scale), pixels(layout.height(), scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(DiagramStyle.background(), true));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            new LayoutPainter(measurer).paint(layout, new Java2DCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    public byte[] png(DiagramLayout layout, int scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image(layout, scale), "png", out)) throw new IllegalStateException("no PNG writer in this Java");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
