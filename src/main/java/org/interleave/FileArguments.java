// Tells a command line that names scenario files (`interleave my-scenario.yaml`, as a file manager starts it) from one
// that names a subcommand, and says plainly why a named file cannot be opened.
package org.interleave;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

final class FileArguments {
    private FileArguments() {}

    /** True when no argument is a subcommand or an option, and the first looks like a file to open. */
    static boolean areFiles(String[] args, Set<String> subcommands) {
        if (args.length == 0 || subcommands.contains(args[0])) return false;
        for (String a : args) if (a.startsWith("-")) return false;
        String first = args[0].toLowerCase(Locale.ROOT);
        return first.endsWith(".yaml") || first.endsWith(".yml") || first.endsWith(".spec") || exists(args[0]);
    }

    static List<Path> paths(String[] args) {
        List<Path> paths = new ArrayList<>();
        for (String a : args) paths.add(Path.of(a).toAbsolutePath().normalize());
        return paths;
    }

    /** Why the window cannot open these, or null when it can: each must be a scenario file or a folder of them. */
    static String refusal(List<Path> files) {
        for (Path f : files) {
            String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!Files.exists(f)) return "interleave: cannot open " + f + ": there is no such file";
            if (Files.isDirectory(f)) continue;
            if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".spec"))
                return "interleave: cannot open " + f + ": Interleave opens scenario files (.yaml or .yml), PostgreSQL isolation specs"
                        + " (.spec) and folders of them";
            if (!Files.isReadable(f)) return "interleave: cannot open " + f + ": it cannot be read (check its permissions)";
        }
        return null;
    }

    private static boolean exists(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
