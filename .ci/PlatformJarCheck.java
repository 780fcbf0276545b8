// Checks one platform's jar: its main class, the embedded PostgreSQL for that platform only, and every native library
// built for that operating system and processor (read from each library's own header, not from its name).
//
//     java .ci/PlatformJarCheck.java target/interleave-windows-x64.jar windows-x64
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

public class PlatformJarCheck {
    enum Format { ELF, PE, MACH_O }

    record Platform(Format format, String cpu, String postgres, String glass) {}

    static final Map<String, Platform> PLATFORMS = Map.of(
            "linux-x64", new Platform(Format.ELF, "x86_64", "postgres-linux-x86_64.txz", "libglass.so"),
            "linux-arm64", new Platform(Format.ELF, "arm64", "postgres-linux-arm_64.txz", "libglass.so"),
            "windows-x64", new Platform(Format.PE, "x86_64", "postgres-windows-x86_64.txz", "glass.dll"),
            "macos-x64", new Platform(Format.MACH_O, "x86_64", "postgres-darwin-x86_64.txz", "libglass.dylib"),
            "macos-arm64", new Platform(Format.MACH_O, "arm64", "postgres-darwin-arm_64.txz", "libglass.dylib"));

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !PLATFORMS.containsKey(args[1])) {
            System.err.println("usage: java PlatformJarCheck.java JAR " + new TreeSet<>(PLATFORMS.keySet()));
            System.exit(2);
        }
        Platform platform = PLATFORMS.get(args[1]);
        List<String> problems = new ArrayList<>();
        int natives = 0;
        try (JarFile jar = new JarFile(Path.of(args[0]).toFile())) {
            String main = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("Main-Class");
            if (!"org.interleave.Launcher".equals(main)) problems.add("Main-Class is " + main + ", not org.interleave.Launcher");
            Set<String> postgres = new TreeSet<>();
            boolean glass = false;
            for (ZipEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (file.startsWith("postgres-") && file.endsWith(".txz")) postgres.add(file);
                if (!isNative(file)) continue;
                natives++;
                if (file.equals(platform.glass())) glass = true;
                String built;
                try (InputStream in = jar.getInputStream(entry)) {
                    built = describe(in.readNBytes(4096));
                }
                String wanted = platform.format() + " " + platform.cpu();
                if (!built.contains(wanted)) problems.add(name + " is built for " + built + ", not " + wanted);
            }
            if (!postgres.equals(Set.of(platform.postgres())))
                problems.add("embedded PostgreSQL binaries are " + postgres + ", expected exactly " + platform.postgres());
            if (!glass) problems.add("JavaFX's " + platform.glass() + " is missing");
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println(args[0] + ": " + p));
            System.exit(1);
        }
        System.out.println(args[0] + ": " + args[1] + " jar is right (" + natives + " native libraries, " + platform.postgres() + ")");
    }

    static boolean isNative(String file) {
        return file.endsWith(".so") || file.endsWith(".dll") || file.endsWith(".dylib") || file.endsWith(".jnilib");
    }

    /** "ELF x86_64", "PE arm64", "MACH_O x86_64 arm64" (a universal binary lists each), or what it is not. */
    static String describe(byte[] head) {
        ByteBuffer le = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer be = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN);
        if (head.length >= 20 && be.getInt(0) == 0x7f454c46) {
            return "ELF " + cpu(le.getShort(18) & 0xffff, Map.of(62, "x86_64", 183, "arm64", 3, "x86"));
        }
        if (head.length >= 64 && head[0] == 'M' && head[1] == 'Z') {
            int pe = le.getInt(0x3c);
            if (pe + 6 <= head.length && le.getInt(pe) == 0x00004550)
                return "PE " + cpu(le.getShort(pe + 4) & 0xffff, Map.of(0x8664, "x86_64", 0xaa64, "arm64", 0x14c, "x86"));
        }
        Map<Integer, String> machCpus = Map.of(0x01000007, "x86_64", 0x0100000c, "arm64", 7, "x86");
        if (head.length >= 8 && le.getInt(0) == 0xfeedfacf) return "MACH_O " + cpu(le.getInt(4), machCpus);
        if (head.length >= 8 && be.getInt(0) == 0xcafebabe) {
            StringBuilder cpus = new StringBuilder("MACH_O");
            int count = be.getInt(4);
            for (int i = 0; i < count && 8 + 20 * i + 4 <= head.length; i++) cpus.append(' ').append(cpu(be.getInt(8 + 20 * i), machCpus));
            return cpus.toString();
        }
        return "an unknown format";
    }

    static String cpu(int code, Map<Integer, String> names) {
        return names.getOrDefault(code, "cpu 0x" + Integer.toHexString(code));
    }
}
