// The screenshot command renders the real window for a scenario, protection and schedule to a PNG of the asked size.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

@ExtendWith(ApplicationExtension.class)
class ScreenshotCommandTest {
    @Start
    void start(Stage stage) {
        // the toolkit runs (headless) for this test; the command renders on its own hidden stage
    }

    @Test
    void writesAPictureOfTheWindow(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("shot.png");
        StringWriter out = new StringWriter();
        CommandLine cl = org.interleave.cli.Cli.commandLine(org.interleave.TestEngines.shared()).addSubcommand(new ScreenshotCommand());
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute("screenshot", "credits-lost-update", "--protection", "ledger", "--schedule", "T1,T2,T2,T1", "--width", "1200",
                "--height", "800", "--out", png.toString());
        assertEquals(0, exit, out.toString());
        assertTrue(Files.size(png) > 10_000, "a real picture, not an empty file");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
    }

    @Test
    void anUnknownProtectionIsAnErrorInWords(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cl = org.interleave.cli.Cli.commandLine(org.interleave.TestEngines.shared()).addSubcommand(new ScreenshotCommand());
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("screenshot", "credits-lost-update", "--protection", "nonsense", "--out", dir.resolve("x.png").toString());
        assertEquals(1, exit);
        assertTrue(err.toString().contains("has no protection `nonsense`"), err.toString());
    }
}
