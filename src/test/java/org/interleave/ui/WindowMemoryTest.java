// The window's remembered place survives a restart, a damaged file costs nothing but the place, and each OS gets its own folder.
package org.interleave.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.interleave.ui.WindowMemory.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowMemoryTest {
    @Test
    void whatIsWrittenIsReadBackByTheNextLaunch(@TempDir Path dir) {
        Path file = dir.resolve("not-yet").resolve("window.properties");
        Placement placed = new Placement(120, 64, 1280, 720, true, "doctors-write-skew", "/home/t/lecture 3/doctors.yaml");
        new WindowMemory(file).write(placed, Theme.HIGH_CONTRAST);
        assertEquals(Optional.of(placed), new WindowMemory(file).read());
        assertEquals(Theme.HIGH_CONTRAST, new WindowMemory(file).theme(), "the projector's theme comes back too");
        assertFalse(Files.exists(dir.resolve("not-yet").resolve("window.properties.part")), "no half-written file is left");
    }

    @Test
    void aDamagedOrMissingFileGivesNoPlace(@TempDir Path dir) throws IOException {
        assertEquals(Optional.empty(), new WindowMemory(dir.resolve("none.properties")).read());
        Path damaged = Files.writeString(dir.resolve("window.properties"), "x=left\nwidth=NaN\n");
        assertEquals(Optional.empty(), new WindowMemory(damaged).read());
        assertEquals(Optional.empty(), WindowMemory.none().read());
        assertEquals(Theme.LIGHT, new WindowMemory(damaged).theme());
    }

    @Test
    void aFolderThatCannotBeWrittenLosesThePlaceQuietly(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("a-file"), "");
        new WindowMemory(blocker.resolve("window.properties")).write(new Placement(0, 0, 1000, 600, false, "", ""), Theme.DARK);
        assertTrue(Files.isRegularFile(blocker));
    }

    @Test
    void eachOperatingSystemKeepsItInItsOwnSettingsFolder() {
        assertEquals(Path.of("C:/Users/t/AppData/Roaming", "Interleave"),
                WindowMemory.settingsFolder("Windows 11", Map.of("APPDATA", "C:/Users/t/AppData/Roaming"), "C:/Users/t"));
        assertEquals(Path.of("/Users/t", "Library", "Application Support", "Interleave"),
                WindowMemory.settingsFolder("Mac OS X", Map.of(), "/Users/t"));
        assertEquals(Path.of("/home/t/.cfg", "interleave"), WindowMemory.settingsFolder("Linux", Map.of("XDG_CONFIG_HOME", "/home/t/.cfg"), "/home/t"));
        assertEquals(Path.of("/home/t", ".config", "interleave"), WindowMemory.settingsFolder("Linux", Map.of(), "/home/t"));
    }
}
