// Tests the PNG export: sized to the diagram at the chosen scale, painted (not blank), the verdict in its colour.
package org.interleave.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.DiagramStyle;
import org.interleave.diagram.Role;
import org.interleave.diagram.Runs;
import org.interleave.diagram.SequenceLayoutBuilder;
import org.interleave.diagram.Shape;
import org.junit.jupiter.api.Test;

class PngRendererTest {
    private final Java2DTextMeasurer measurer = new Java2DTextMeasurer();

    private DiagramLayout layout(String protection) {
        return new SequenceLayoutBuilder(measurer).layout(Runs.input("credits-lost-update", protection));
    }

    @Test
    void aPngAt2xIsTwiceTheDiagramsSize() throws Exception {
        DiagramLayout layout = layout("none");
        byte[] png = new PngRenderer(measurer).png(layout, 2);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals((int) Math.ceil(layout.width() * 2), image.getWidth());
        assertEquals((int) Math.ceil(layout.height() * 2), image.getHeight());
        BufferedImage one = new PngRenderer(measurer).image(layout, 1);
        assertEquals((int) Math.ceil(layout.width()), one.getWidth(), "1x is the diagram's own size, not a window's");
    }

    @Test
    void theAnomalyVerdictIsPaintedRedAndTextIsPainted() {
        DiagramLayout layout = layout("none");
        BufferedImage image = new PngRenderer(measurer).image(layout, 2);
        Shape.Box verdict = layout.shapes().stream().filter(s -> s instanceof Shape.Box b && b.role() == Role.VERDICT_ANOMALY)
                .map(s -> (Shape.Box) s).findFirst().orElseThrow();
        int inside = image.getRGB((int) ((verdict.x() + verdict.width() - 20) * 2), (int) ((verdict.y() + verdict.height() - 6) * 2));
        assertEquals(DiagramStyle.fill(Role.VERDICT_ANOMALY) & 0xFFFFFF, inside & 0xFFFFFF, "the verdict box is filled red");
        assertEquals(0xFFFFFF, image.getRGB(image.getWidth() - 1, image.getHeight() - 1) & 0xFFFFFF, "the last pixel is background");
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 255) < 90 && ((rgb >> 8) & 255) < 90 && (rgb & 255) < 90) dark++;
            }
        }
        assertTrue(dark > 2000, "text and arrows are painted dark: " + dark);
    }

    @Test
    void textIsAntialiasedAtTheChosenScale() {
        BufferedImage image = new PngRenderer(measurer).image(layout("none"), 3);
        java.util.Set<Integer> greys = new java.util.HashSet<>();
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 600; x++) greys.add(image.getRGB(x, y) & 0xFFFFFF);
        }
        assertTrue(greys.size() > 20, "smooth edges have many shades, not just ink and paper: " + greys.size());
    }

    @Test
    void refusesScalesOtherThanOneTwoOrThree() {
        PngRenderer renderer = new PngRenderer(measurer);
        DiagramLayout layout = layout("none");
        assertThrows(IllegalArgumentException.class, () -> renderer.png(layout, 4));
        assertThrows(IllegalArgumentException.class, () -> renderer.png(layout, 0));
    }
}
