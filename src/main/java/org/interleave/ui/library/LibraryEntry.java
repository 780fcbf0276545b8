// One scenario in the library: a loaded scenario with its story and source, a file that failed with its problems, or a
// built-in still being checked (listed at once from the build's index).
package org.interleave.ui.library;

import java.util.List;
import java.util.Locale;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.Problem;
import org.interleave.scenario.Scenario;
import org.interleave.scenario.ScenarioSummary;

/**
 * @param scenario null when the file did not load, or is still being checked
 * @param origin   "built-in" or the file it came from
 */
public record LibraryEntry(String title, String phenomenon, String source, String story, String origin, Scenario scenario,
        List<String> problems) {

    private static final String BUILT_IN = "built-in";

    /** The group of entries that did not load. */
    public static final String NOT_LOADED = "did not load";

    public static LibraryEntry of(LoadResult result, boolean builtIn) {
        String origin = builtIn ? BUILT_IN : result.file();
        if (result.ok()) {
            Scenario s = result.scenario();
            String phenomenon = s.phenomenon().isBlank() ? "other" : s.phenomenon();
            String source = s.source().caseName() == null || s.source().caseName().isBlank() ? s.source().describe() : s.source().caseName();
            return new LibraryEntry(s.title(), phenomenon, source, s.story(), origin, s, List.of());
        }
        String name = result.file().replaceAll(".*[/\\\\]", "");
        return new LibraryEntry(name, NOT_LOADED, "", "", origin, null, result.problems().stream().map(Problem::toString).toList());
    }

    /** A built-in listed from its summary while its file is checked: shown, not yet openable. */
    public static LibraryEntry checking(ScenarioSummary s) {
        String phenomenon = s.phenomenon() == null || s.phenomenon().isBlank() ? "other" : s.phenomenon();
        return new LibraryEntry(s.title(), phenomenon, s.source() == null ? "" : s.source(), "", BUILT_IN, null, List.of());
    }

    /** True while the file is being checked: no scenario yet, and no problem found (a file that fails has at least one). */
    public boolean checking() {
        return scenario == null && problems.isEmpty();
    }

    /** True for a scenario that comes with Interleave, false for one from a file. */
    public boolean builtIn() {
        return origin.equals(BUILT_IN);
    }

    public boolean loaded() {
        return scenario != null;
    }

    /** The group it is listed under: its phenomenon, or "did not load". */
    public String group() {
        return loaded() || checking() ? phenomenon : NOT_LOADED;
    }

    /** True when every word of {@code query} occurs in its title, phenomenon, story, source, id or file. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) return true;
        String hay = String.join(" ", title, phenomenon, story, source, origin, loaded() ? scenario.id() : String.join(" ", problems))
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!hay.contains(word)) return false;
        }
        return true;
    }

    /** A one-line reason for a failed entry: its first problem without the file name. */
    public String firstProblem() {
        if (problems.isEmpty()) return "";
        String p = problems.get(0);
        int cut = p.indexOf(": ");
        return cut > 0 ? p.substring(cut + 2) : p;
    }
}
