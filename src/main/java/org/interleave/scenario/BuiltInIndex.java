// The built-in scenarios' summaries, made at build time and kept in the jar, so that listing them parses no YAML or SQL.
package org.interleave.scenario;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each entry holds a file's name, the SHA-256 of its text, and the summary of the scenario it loads to, with every
 * check (YAML, SQL allowlist, validation) passed; a file that does not load has no entry. The build writes it
 * ({@link #main}, Maven's process-classes phase) with the code it ships with; a reader uses an entry only for a
 * file whose text has that hash, and loads any other file in full.
 */
public final class BuiltInIndex {
    /** The index's resource, beside the built-in files. */
    public static final String RESOURCE = ScenarioLibrary.BUILT_IN_FOLDER + "/index.bin";
    private static final String MAGIC = "interleave-built-in-index-1";

    private record Entry(String hash, ScenarioSummary summary) {}

    private final Map<String, Entry> entries;

    private BuiltInIndex(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** Writes the index of the built-in files in folder {@code args[0]} to {@code args[0]/index.bin}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<ScenarioLibrary.BuiltInText> texts = ScenarioLibrary.folderTexts(folder);
        Files.write(folder.resolve("index.bin"), write(texts));
        System.out.println("indexed " + texts.size() + " built-in scenario files in " + folder);
    }

    static byte[] write(List<ScenarioLibrary.BuiltInText> texts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            List<ScenarioLibrary.BuiltInText> loading = new ArrayList<>();
            List<ScenarioSummary> summaries = new ArrayList<>();
            for (ScenarioLibrary.BuiltInText t : texts) {
                LoadResult r = ScenarioLoader.parse(t.name(), t.text());
                if (!r.ok()) continue;
                loading.add(t);
                summaries.add(ScenarioSummary.of(r.scenario()));
            }
            out.writeInt(loading.size());
            for (int i = 0; i < loading.size(); i++) {
                out.writeUTF(loading.get(i).name());
                out.writeUTF(hash(loading.get(i).text()));
                writeSummary(out, summaries.get(i));
            }
        }
        return bytes.toByteArray();
    }

    /** The index on the classpath; empty when there is none (a build that did not make it) or it cannot be read. */
    static Optional<BuiltInIndex> onClasspath() {
        try (InputStream in = BuiltInIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<BuiltInIndex> read(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (!in.readUTF().equals(MAGIC)) return Optional.empty();
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                entries.put(name, new Entry(in.readUTF(), readSummary(in)));
            }
            return Optional.of(new BuiltInIndex(entries));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The summary of the file, when the index holds one for exactly this text. */
    Optional<ScenarioSummary> summaryOf(ScenarioLibrary.BuiltInText text) {
        Entry e = entries.get(text.name());
        return e != null && e.hash().equals(hash(text.text())) ? Optional.of(e.summary()) : Optional.empty();
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void writeSummary(DataOutputStream out, ScenarioSummary s) throws IOException {
        for (String v : new String[] {s.id(), s.title(), s.phenomenon(), s.source(), s.file()}) writeText(out, v);
        out.writeInt(s.lanes().size());
        for (ScenarioSummary.LaneSummary l : s.lanes()) {
            writeText(out, l.id());
            writeText(out, l.label());
            writeText(out, l.isolation());
            out.writeBoolean(l.transactional());
            out.writeInt(l.steps());
        }
        out.writeInt(s.protections().size());
        for (ScenarioSummary.ProtectionSummary p : s.protections()) {
            writeText(out, p.id());
            writeText(out, p.title());
            writeText(out, p.explain());
        }
    }

    private static ScenarioSummary readSummary(DataInputStream in) throws IOException {
        String id = readText(in), title = readText(in), phenomenon = readText(in), source = readText(in), file = readText(in);
        List<ScenarioSummary.LaneSummary> lanes = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            lanes.add(new ScenarioSummary.LaneSummary(readText(in), readText(in), readText(in), in.readBoolean(), in.readInt()));
        }
        List<ScenarioSummary.ProtectionSummary> protections = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) protections.add(new ScenarioSummary.ProtectionSummary(readText(in), readText(in), readText(in)));
        return new ScenarioSummary(id, title, phenomenon, source, file, List.copyOf(lanes), List.copyOf(protections));
    }

    /** A text that may be absent; long texts (an explanation) are written as UTF-8 bytes, not limited to 64 KB. */
    private static void writeText(DataOutputStream out, String v) throws IOException {
        if (v == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readText(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
