// The build's index of the built-ins: what it lists is what loading the files gives, and a changed file is loaded instead.
package org.interleave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInIndexTest {
    @Test
    void theBuildIndexedEveryBuiltInAsLoadingItGives() {
        BuiltInIndex index = BuiltInIndex.onClasspath().orElseThrow(() -> new AssertionError("the build made no " + BuiltInIndex.RESOURCE));
        List<ScenarioLibrary.BuiltInText> texts = ScenarioLibrary.builtInTexts();
        assertTrue(texts.size() >= 14, "the built-in files: " + texts.size());
        for (ScenarioLibrary.BuiltInText text : texts) {
            LoadResult loaded = ScenarioLoader.parse(text.name(), text.text());
            assertEquals(ScenarioSummary.of(loaded.scenario()), index.summaryOf(text).orElseThrow(() -> new AssertionError(text.name())));
        }
        assertEquals(ScenarioLibrary.builtIn().scenarios().stream().map(ScenarioSummary::of).toList(),
                ScenarioLibrary.catalogue(List.of()).scenarios());
    }

    @Test
    void aFileWhoseTextChangedIsNotTakenFromTheIndex() throws Exception {
        ScenarioLibrary.BuiltInText good = ScenarioLibrary.builtInTexts().get(0);
        BuiltInIndex index = BuiltInIndex.read(BuiltInIndex.write(List.of(good))).orElseThrow();
        assertTrue(index.summaryOf(good).isPresent());
        String changed = good.text().replaceFirst("title: .*", "title: Another title");
        assertTrue(index.summaryOf(new ScenarioLibrary.BuiltInText(good.name(), changed)).isEmpty());
        assertTrue(index.summaryOf(new ScenarioLibrary.BuiltInText("scenarios/other.yaml", good.text())).isEmpty());
    }

    @Test
    void aFileThatDoesNotLoadGetsNoEntryAndAnUnreadableIndexIsNone() throws Exception {
        ScenarioLibrary.BuiltInText broken = new ScenarioLibrary.BuiltInText("scenarios/broken.yaml", "id: broken\nlanes: 3\n");
        BuiltInIndex index = BuiltInIndex.read(BuiltInIndex.write(List.of(broken))).orElseThrow();
        assertTrue(index.summaryOf(broken).isEmpty());
        assertTrue(BuiltInIndex.read("not an index".getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void theCatalogueAddsGivenFilesAndTellsWhichDoNotLoad(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "id: bad\ntitle: Bad\nlanes: nope\n");
        ScenarioLibrary.Catalogue catalogue = ScenarioLibrary.catalogue(List.of(bad));
        assertEquals(ScenarioLibrary.withExtra(List.of(bad)).failures().stream().map(LoadResult::problems).toList(),
                catalogue.failures().stream().map(LoadResult::problems).toList());
        assertEquals(1, catalogue.failures().size());
    }
}
