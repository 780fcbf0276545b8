// The scenarios a session can pick from: the built-in ones shipped in the jar, plus files and folders the user adds.
package org.interleave.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

public final class ScenarioLibrary {
    public static final String BUILT_IN_FOLDER = "scenarios";
    private final List<LoadResult> results;

    private ScenarioLibrary(List<LoadResult> results) {
        this.results = List.copyOf(results);
    }

    /** The built-in scenarios, loaded from the classpath (the jar, or target/classes in development). */
    public static ScenarioLibrary builtIn() {
        return new ScenarioLibrary(loadBuiltIns());
    }

    /** The built-in scenarios, each told to {@code asLoaded} as soon as its file is loaded (on the calling thread). */
    public static ScenarioLibrary builtIn(java.util.function.Consumer<LoadResult> asLoaded) {
        List<LoadResult> results = new ArrayList<>();
        for (BuiltInText t : builtInTexts()) {
            LoadResult r = ScenarioLoader.parse(t.name(), t.text());
            results.add(r);
            asLoaded.accept(r);
        }
        return new ScenarioLibrary(results);
    }

    /** The built-in scenarios plus every .yaml/.yml scenario file and .spec isolation spec given or found in the given folders. */
    public static ScenarioLibrary withExtra(List<Path> filesOrFolders) {
        List<LoadResult> all = new ArrayList<>(loadBuiltIns());
        for (Path p : filesOrFolders) all.addAll(loadPath(p));
        return new ScenarioLibrary(all);
    }

    public static List<LoadResult> loadPath(Path path) {
        if (!Files.isDirectory(path)) return List.of(ScenarioLoader.load(path));
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(ScenarioLibrary::isScenarioFile).sorted().map(ScenarioLoader::load).toList();
        } catch (IOException e) {
            return List.of(new LoadResult(path.toString(), null, List.of(new Problem(path.toString(), Pos.UNKNOWN, "cannot list the folder: " + e.getMessage()))));
        }
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || ScenarioLoader.isSpec(n);
    }

    /** A built-in scenario file's name (scenarios/NAME.yaml) and text. */
    record BuiltInText(String name, String text) {}

    private static List<LoadResult> loadBuiltIns() {
        return parse(builtInTexts());
    }

    private static List<LoadResult> parse(List<BuiltInText> texts) {
        return texts.stream().map(t -> ScenarioLoader.parse(t.name(), t.text())).toList();
    }

    /** The built-in scenario files, in name order, from the classpath (the jar, or target/classes in development). */
    static List<BuiltInText> builtInTexts() {
        URL url = ScenarioLibrary.class.getClassLoader().getResource(BUILT_IN_FOLDER);
        if (url == null) return List.of();
        try {
            if (url.getProtocol().equals("jar")) return jarTexts(url);
            return folderTexts(Path.of(url.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the built-in scenarios cannot be read: " + e.getMessage(), e);
        }
    }

    static List<LoadResult> readJar(URL url) throws IOException {
        return parse(jarTexts(url));
    }

    /** The built-ins from the running jar's own entries: no zip file system is opened for them (it cost 0.1 s a load). */
    private static List<BuiltInText> jarTexts(URL url) throws IOException {
        java.net.JarURLConnection connection = (java.net.JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        List<BuiltInText> texts = new ArrayList<>();
        try (java.util.jar.JarFile jar = connection.getJarFile()) {
            List<java.util.jar.JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(BUILT_IN_FOLDER + "/"))
                    .filter(e -> e.getName().endsWith(".yaml") || e.getName().endsWith(".yml"))
                    .filter(e -> e.getName().indexOf('/', BUILT_IN_FOLDER.length() + 1) < 0)
                    .sorted(Comparator.comparing(java.util.jar.JarEntry::getName)).toList();
            for (java.util.jar.JarEntry e : entries) {
                try (InputStream in = jar.getInputStream(e)) {
                    texts.add(new BuiltInText(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return texts;
    }

    static List<BuiltInText> folderTexts(Path folder) throws IOException {
        List<BuiltInText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(ScenarioLibrary::isScenarioFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                texts.add(new BuiltInText(BUILT_IN_FOLDER + "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return texts;
    }

    /** The scenarios a list shows, and the files that do not load, with {@code filesOrFolders} added. */
    public record Catalogue(List<ScenarioSummary> scenarios, List<LoadResult> failures) {}

    /**
     * What {@link #withExtra} would load, summarised: the built-ins from the index the build made, each checked
     * against its file's text (a file without a matching entry is loaded in full), the others loaded in full.
     */
    public static Catalogue catalogue(List<Path> filesOrFolders) {
        List<ScenarioSummary> summaries = new ArrayList<>();
        List<LoadResult> failures = new ArrayList<>();
        Optional<BuiltInIndex> index = BuiltInIndex.onClasspath();
        for (BuiltInText text : builtInTexts()) {
            Optional<ScenarioSummary> known = index.flatMap(i -> i.summaryOf(text));
            if (known.isPresent()) summaries.add(known.get());
            else add(ScenarioLoader.parse(text.name(), text.text()), summaries, failures);
        }
        for (Path p : filesOrFolders) for (LoadResult r : loadPath(p)) add(r, summaries, failures);
        return new Catalogue(List.copyOf(summaries), List.copyOf(failures));
    }

    private static void add(LoadResult r, List<ScenarioSummary> summaries, List<LoadResult> failures) {
        if (r.ok()) summaries.add(ScenarioSummary.of(r.scenario()));
        else failures.add(r);
    }

    public List<LoadResult> results() {
        return results;
    }

    public List<Scenario> scenarios() {
        return results.stream().filter(LoadResult::ok).map(LoadResult::scenario).toList();
    }

    public List<LoadResult> failures() {
        return results.stream().filter(r -> !r.ok()).toList();
    }

    public Optional<Scenario> find(String id) {
        return scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
