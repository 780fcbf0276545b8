// Writes a run as PlantUML sequence text (@startuml ... @enduml) with the same statements as the Mermaid form.
package org.interleave.diagram.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.interleave.diagram.DiagramInput;

public final class PlantUmlWriter {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PlantUmlWriter() {}

    public static String write(DiagramInput in) {
        return write(SequenceScript.of(in));
    }

    /** As {@link #write(DiagramInput)}; with {@code lockTrack}, a lane is activated (amber) while it holds a row lock. */
    public static String write(DiagramInput in, boolean lockTrack) {
        return write(SequenceScript.of(in, lockTrack));
    }

    public static String write(SequenceScript script) {
        StringBuilder out = new StringBuilder("@startuml\n");
        out.append("title ").append(escape(script.title())).append('\n');
        out.append("skinparam sequenceMessageAlign left\n");
        out.append("skinparam responseMessageBelowArrow true\n");
        out.append("skinparam noteTextAlignment left\n");
        Map<String, String> ids = new HashMap<>();
        int n = 0;
        for (ScriptItem item : script.items()) {
            if (!(item instanceof ScriptItem.Participant p)) continue;
            n++;
            String id = p.database() ? p.id() : SAFE_ID.matcher(p.id()).matches() && !p.id().equals(SequenceScript.DATABASE) ? p.id() : "Lane" + n;
            ids.put(p.id(), id);
            String label = p.database() ? p.label() : p.id().equals(p.label()) ? p.id() : p.label();
            out.append(p.database() ? "database " : "participant ").append('"').append(escape(label).replace("\"", "&#34;")).append("\" as ")
                    .append(id).append('\n');
        }
        for (ScriptItem item : script.items()) {
            if (item instanceof ScriptItem.Message m) {
                out.append(ids.get(m.from())).append(' ').append(arrow(m.arrow())).append(' ').append(ids.get(m.to())).append(" : ")
                        .append(escape(m.text())).append('\n');
            } else if (item instanceof ScriptItem.Activation a) {
                out.append(a.on() ? "activate " : "deactivate ").append(ids.get(a.lane())).append(a.on() ? " #E0A526" : "").append('\n');
            } else if (item instanceof ScriptItem.Note note && !repeatsLabel(note, script)) {
                note(out, note, ids);
            }
        }
        return out.append("@enduml\n").toString();
    }

    /** The notes naming each lane are left out: PlantUML participants already show their labels. */
    private static boolean repeatsLabel(ScriptItem.Note note, SequenceScript script) {
        if (note.tone() != ScriptItem.Tone.INFO || note.over().size() != 1 || note.lines().size() != 1) return false;
        for (ScriptItem item : script.items()) {
            if (item instanceof ScriptItem.Participant p && p.id().equals(note.over().get(0))) return p.label().equals(note.lines().get(0));
        }
        return false;
    }

    private static void note(StringBuilder out, ScriptItem.Note note, Map<String, String> ids) {
        String where;
        if (note.placement() == ScriptItem.Placement.LEFT_OF) where = "note left of " + ids.get(note.over().get(0));
        else if (note.placement() == ScriptItem.Placement.RIGHT_OF) where = "note right of " + ids.get(note.over().get(0));
        else where = (note.tone() == ScriptItem.Tone.WAIT ? "hnote over " : note.tone() == ScriptItem.Tone.COMMIT
                || note.tone() == ScriptItem.Tone.ROLLBACK ? "rnote over " : "note over ") + String.join(", ", note.over().stream().map(ids::get).toList());
        where += " " + colour(note.tone());
        List<String> lines = note.lines();
        if (lines.size() == 1) {
            out.append(where).append(" : ").append(escape(lines.get(0))).append('\n');
            return;
        }
        out.append(where).append('\n');
        for (String line : lines) {
            String text = escape(line);
            out.append(text.strip().equalsIgnoreCase("end note") ? "&#8203;" + text : text).append('\n');
        }
        out.append("end note\n");
    }

    private static String arrow(ScriptItem.Arrow a) {
        switch (a) {
            case REQUEST: return "->";
            case FAILED_REQUEST: return "-[#CF222E]>x";
            case FAILED_RESULT: return "-[#CF222E]->";
            case RELEASED: return "-[#1A7F37]->";
            default: return "-->";
        }
    }

    private static String colour(ScriptItem.Tone tone) {
        switch (tone) {
            case SETUP: return "#F6F8FA";
            case NARRATION: return "#FFF8DC";
            case WAIT: return "#FFEFC2";
            case COMMIT: return "#DAFBE1";
            case ROLLBACK: return "#FFE5E3";
            case SKIPPED: return "#EEEEEE";
            case ANOMALY: return "#FFEBE9";
            case SAFE: return "#E6F6EA";
            case ABORTED: return "#FFF4D6";
            case PENDING: return "#F6F8FA";
            case SURPRISE: return "#EFE7FC";
            default: return "#EEF2F7";
        }
    }

    /**
     * Text safe in a PlantUML message or note: {@code ~}, {@code &} and {@code <} (which would start an HTML-like tag)
     * become character references; a backslash becomes {@code <U+005C>} followed by a zero-width space, since PlantUML
     * reads {@code \n}, {@code \t} even after decoding and crashes on {@code &#92;}; a doubled creole mark
     * ({@code --}, {@code **}, {@code //}, {@code __}, {@code ""}, {@code [[}) is escaped with {@code ~}.
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\': b.append("<U+005C>&#8203;"); continue;
                case '~': b.append("&#126;"); continue;
                case '&': b.append("&#38;"); continue;
                case '<': b.append("&#60;"); continue;
                case '\n': case '\r': case '\t': b.append(' '); continue;
                default: break;
            }
            if ("-*/_\"[".indexOf(c) >= 0 && i + 1 < text.length() && text.charAt(i + 1) == c) b.append('~');
            b.append(c);
        }
        return b.toString();
    }
}
