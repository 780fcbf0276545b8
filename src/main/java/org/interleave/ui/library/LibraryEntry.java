// One scenario in the library: a loaded scenario with its story and source, or a file that failed with its problems.
package org.interleave.ui.library;

import java.util.List;
import java.util.Locale;
import org.interleave.scenario.LoadResult;
import org.interleave.scenario.Problem;
import org.interleave.scenario.Scenario;

/**
 * @param scenario null when the file did not load
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

    /** True for a scenario that comes with Interleave, false for one from a file. */
    public boolean builtIn() {
        return origin.equals(BUILT_IN);
    }

    public boolean loaded() {
        return scenario != null;
    }

    /** The group it is listed under: its phenomenon, or "did not load". */
    public String group() {
        return loaded() ? phenomenon : NOT_LOADED;
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
