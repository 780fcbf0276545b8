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

    /** The built-in scenarios plus every .yaml/.yml file given or found in the given folders. */
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
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static List<LoadResult> loadBuiltIns() {
        URL url = ScenarioLibrary.class.getClassLoader().getResource(BUILT_IN_FOLDER);
        if (url == null) return List.of();
        try {
            if (url.getProtocol().equals("jar")) return readJar(url);
            return readAll(Path.of(url.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the built-in scenarios cannot be read: " + e.getMessage(), e);
        }
    }

    /** The built-ins from the running jar's own entries: no zip file system is opened for them (it cost 0.1 s a load). */
    static List<LoadResult> readJar(URL url) throws IOException {
        java.net.JarURLConnection connection = (java.net.JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        List<LoadResult> results = new ArrayList<>();
        try (java.util.jar.JarFile jar = connection.getJarFile()) {
            List<java.util.jar.JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(BUILT_IN_FOLDER + "/"))
                    .filter(e -> e.getName().endsWith(".yaml") || e.getName().endsWith(".yml"))
                    .filter(e -> e.getName().indexOf('/', BUILT_IN_FOLDER.length() + 1) < 0)
                    .sorted(Comparator.comparing(java.util.jar.JarEntry::getName)).toList();
            for (java.util.jar.JarEntry e : entries) {
                try (InputStream in = jar.getInputStream(e)) {
                    results.add(ScenarioLoader.parse(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return results;
    }

    private static List<LoadResult> readAll(Path folder) throws IOException {
        List<LoadResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(ScenarioLibrary::isScenarioFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    String name = BUILT_IN_FOLDER + "/" + p.getFileName();
                    results.add(ScenarioLoader.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return results;
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
