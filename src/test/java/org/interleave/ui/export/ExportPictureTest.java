// Mid-run, the PNG at 2x and the SVG show the diagram as it stands: twice the layout's size, not the finished run.
package org.interleave.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.interleave.diagram.DiagramInput;
import org.interleave.diagram.DiagramLayout;
import org.interleave.diagram.export.DiagramExporter;
import org.interleave.diagram.render.PngRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ExportPictureTest extends ExportWindowSupport {
    @Start
    void start(Stage primary) {
        startWindow(primary);
    }

    @Test
    void aPngAt2xMidRunIsTwiceTheLayoutOfWhatIsShown(FxRobot robot, @TempDir Path dir) throws IOException {
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        step(robot, "T2", "T1 T2");
        DiagramInput shown = shown(robot).diagram();
        exportsGoInto(dir);

        exportFromMenu(robot, "PNG image, 2×…");
        String status = waitForStatus(robot, "Saved");

        assertEquals(List.of("credits-lost-update-none.png"), proposedNames);
        Path png = dir.resolve("credits-lost-update-none.png");
        assertTrue(status.contains("credits-lost-update-none.png"), status);
        BufferedImage image = ImageIO.read(png.toFile());
        DiagramLayout layout = DiagramExporter.layout(shown);
        assertEquals(PngRenderer.pixels(layout.width(), 2), image.getWidth(), "width: 2x the layout's");
        assertEquals(PngRenderer.pixels(layout.height(), 2), image.getHeight(), "height: 2x the layout's");
        assertEquals(List.of("T1", "T2"), shown.played(), "two statements had run when exporting");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "no temporary file is left beside it");
        }

        step(robot, "T2", "T1 T2 T2");
        DiagramLayout later = DiagramExporter.layout(shown(robot).diagram());
        assertTrue(later.height() > layout.height(), "a later step makes the diagram longer, so the picture was of the moment");
    }

    @Test
    void anSvgIsAVectorPictureOfTheSameLayout(FxRobot robot, @TempDir Path dir) throws IOException {
        open(robot, "Shop credits");
        step(robot, "T1", "T1");
        exportsGoInto(dir);
        exportFromMenu(robot, "SVG vector image (.svg)…");
        waitForStatus(robot, "Saved");
        String svg = Files.readString(dir.resolve("credits-lost-update-none.svg"));
        assertTrue(svg.startsWith("<?xml"), svg.substring(0, Math.min(80, svg.length())));
        assertTrue(svg.contains("SELECT balance FROM accounts WHERE id = 1"), "the step's SQL is text in the SVG");
    }
}
