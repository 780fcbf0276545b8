// Writes a run as a Mermaid sequenceDiagram in the seeds' style: T1 | Database | T2, ->> requests, -->> answers, notes.
package org.interleave.diagram.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interleave.diagram.DiagramInput;

public final class MermaidWriter {
    private MermaidWriter() {}

    /** The diagram source, without Markdown fences, ending with a newline. */
    public static String write(DiagramInput in) {
        return write(SequenceScript.of(in));
    }

    /** As {@link #write(DiagramInput)}; with {@code lockTrack}, a lane is activated while it holds a row lock. */
    public static String write(DiagramInput in, boolean lockTrack) {
        return write(SequenceScript.of(in, lockTrack));
    }

    public static String write(SequenceScript script) {
        StringBuilder out = new StringBuilder("sequenceDiagram\n");
        out.append(line("    title ", List.of(script.title()))).append('\n');
        Map<String, String> ids = new HashMap<>();
        int n = 0;
        for (ScriptItem item : script.items()) {
            if (!(item instanceof ScriptItem.Participant p)) continue;
            n++;
            String plain = p.database() ? p.id() : MermaidText.plainId(p.id());
            if (!p.database() && (plain == null || plain.equals(SequenceScript.DATABASE))) {
                String alias = "Lane" + n;
                ids.put(p.id(), alias);
                out.append("    participant ").append(alias).append(" as ").append(MermaidText.escape(p.id())).append('\n');
            } else {
                ids.put(p.id(), p.id());
                out.append("    participant ").append(p.id()).append('\n');
            }
        }
        for (ScriptItem item : script.items()) {
            if (item instanceof ScriptItem.Message m) {
                String head = "    " + ids.get(m.from()) + arrow(m.arrow()) + ids.get(m.to()) + ": ";
                out.append(line(head, List.of(m.text()))).append('\n');
            } else if (item instanceof ScriptItem.Activation a) {
                out.append("    ").append(a.on() ? "activate " : "deactivate ").append(ids.get(a.lane())).append('\n');
            } else if (item instanceof ScriptItem.Note note) {
                List<String> over = new ArrayList<>();
                for (String p : note.over()) over.add(ids.get(p));
                String head = "    Note " + placement(note.placement()) + " " + String.join(", ", over) + ": ";
                out.append(line(head, note.lines())).append('\n');
            }
        }
        return out.toString();
    }

    /** A statement: its head and its text lines escaped and joined with {@code <br/>}. */
    private static String line(String head, List<String> texts) {
        String plain = head + join(texts, false);
        return MermaidText.needsColonCodes(plain) ? head + join(texts, true) : plain;
    }

    private static String join(List<String> texts, boolean codeColons) {
        List<String> escaped = new ArrayList<>();
        for (String t : texts) escaped.add(MermaidText.escape(t, codeColons));
        return String.join("<br/>", escaped);
    }

    private static String arrow(ScriptItem.Arrow a) {
        switch (a) {
            case REQUEST: return "->>";
            case FAILED_REQUEST: return "-x";
            case FAILED_RESULT: return "--x";
            default: return "-->>";
        }
    }

    private static String placement(ScriptItem.Placement p) {
        switch (p) {
            case LEFT_OF: return "left of";
            case RIGHT_OF: return "right of";
            default: return "over";
        }
    }
}
