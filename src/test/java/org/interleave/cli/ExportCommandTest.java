// Tests `interleave export` as a user runs it: format by extension, no display needed, refusal to overwrite without --force.
package org.interleave.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int export(String... args) {
        CommandLine cl = Cli.commandLine(org.interleave.TestEngines.shared());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return cl.execute(all);
    }

    @Test
    void writesEachFormatChosenByTheExtension() throws Exception {
        for (String name : new String[] {"d.png", "d.svg", "d.mmd", "d.puml", "d.md"}) {
            Path file = folder.resolve(name);
            assertEquals(0, export("credits-lost-update", "--protection", "for-update", "--out", file.toString()), err.toString());
            assertTrue(Files.size(file) > 0, name);
        }
        assertTrue(Files.readString(folder.resolve("d.mmd")).startsWith("sequenceDiagram\n"));
        assertTrue(Files.readString(folder.resolve("d.puml")).startsWith("@startuml\n"));
        assertTrue(Files.readString(folder.resolve("d.svg")).contains("<svg"));
        assertTrue(Files.readString(folder.resolve("d.md")).contains("```mermaid"));
        assertTrue(out.toString().contains("px at 2x"), out.toString());
    }

    @Test
    void scaleSetsThePngSize() throws Exception {
        Path one = folder.resolve("one.png");
        Path three = folder.resolve("three.png");
        assertEquals(0, export("credits-lost-update", "--out", one.toString(), "--scale", "1"), err.toString());
        assertEquals(0, export("credits-lost-update", "--out", three.toString(), "--scale", "3"), err.toString());
        int w1 = ImageIO.read(one.toFile()).getWidth();
        int w3 = ImageIO.read(three.toFile()).getWidth();
        assertTrue(Math.abs(w3 - 3 * w1) <= 3, w1 + " vs " + w3);
        assertEquals(2, export("credits-lost-update", "--out", folder.resolve("x.png").toString(), "--scale", "4"));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path file = folder.resolve("diagram.mmd");
        Files.writeString(file, "my notes");
        assertEquals(ExportCommand.EXISTS, export("credits-lost-update", "--out", file.toString()));
        assertTrue(err.toString().contains("already exists") && err.toString().contains("--force"), err.toString());
        assertArrayEquals("my notes".getBytes(), Files.readAllBytes(file), "the file is left unchanged");
        assertEquals(0, export("credits-lost-update", "--out", file.toString(), "--force"), err.toString());
        assertTrue(Files.readString(file).startsWith("sequenceDiagram"));
    }

    @Test
    void explainsAnUnknownExtensionOrScenario() {
        assertEquals(2, export("credits-lost-update", "--out", folder.resolve("d.txt").toString()));
        assertTrue(err.toString().contains(".png, .svg, .mmd, .puml or .md"), err.toString());
        assertEquals(Cli.NOT_LOADED, export("no-such-scenario", "--out", folder.resolve("d.png").toString()));
        assertTrue(Files.notExists(folder.resolve("d.png")));
    }

    @Test
    void worksWithoutADisplay() {
        assertEquals(0, export("credits-lost-update", "--out", folder.resolve("h.png").toString()), err.toString());
        assertEquals("true", System.getProperty("java.awt.headless"));
    }
}
