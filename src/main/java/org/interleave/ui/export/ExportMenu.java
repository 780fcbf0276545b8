// The toolbar's Export menu: PNG at 1x/2x/3x, SVG, Mermaid, PlantUML, the Markdown handout, and the two copies.
package org.interleave.ui.export;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.interleave.diagram.export.ExportFormat;
import org.interleave.diagram.render.PngRenderer;
import org.interleave.ui.session.SessionSnapshot;
import org.interleave.ui.session.SessionViewModel;

public final class ExportMenu extends MenuButton {
    /** A heading, not a command: inside a SeparatorMenuItem the keyboard and the mouse pass over it. */
    private final Label caption = new Label();

    /**
     * @param keysOf the keys of an action by id ("copy-image", "copy-mermaid"), shown beside its item
     */
    public ExportMenu(ExportController controller, SessionViewModel session, Function<String, String> keysOf) {
        super("Export");
        setId("export-menu");
        getStyleClass().add("export-menu");
        setMnemonicParsing(false);
        setFocusTraversable(false);
        caption.getStyleClass().add("export-caption");
        SeparatorMenuItem heading = new SeparatorMenuItem();
        heading.setContent(caption);
        getItems().add(heading);
        for (int scale = 1; scale <= PngRenderer.MAX_SCALE; scale++) {
            int s = scale;
            getItems().add(item("export-png-" + s, "PNG image, " + s + "×…",
                    () -> controller.export(ExportFormat.PNG, s)));
        }
        for (ExportFormat f : ExportFormat.values()) {
            if (f == ExportFormat.PNG) continue;
            getItems().add(item("export-" + f.extension(), f.description() + " (." + f.extension() + ")…", () -> controller.export(f, 1)));
        }
        getItems().add(new SeparatorMenuItem());
        getItems().add(item("copy-image", "Copy image (PNG, 2×)   " + keysOf.apply("copy-image"), controller::copyImage));
        getItems().add(item("copy-mermaid", "Copy Mermaid text   " + keysOf.apply("copy-mermaid"), controller::copyMermaid));
        disableProperty().bind(controller.model().availableProperty().not());
        setOnShowing(e -> caption.setText(describe(session.snapshot())));
    }

    /** Opens the menu, as a click on it does (Ctrl+E). */
    public void open() {
        if (!isDisabled() && !isShowing()) show();
    }

    /** "The diagram as shown now: 2 steps, not finished". */
    static String describe(SessionSnapshot s) {
        if (s == null) return "No diagram yet";
        int steps = s.history().size();
        return "The diagram as shown now: " + steps + (steps == 1 ? " step" : " steps") + (s.finished() ? ", finished" : ", not finished");
    }

    /** The menu closes before the item's work starts, so it does not hang over the save dialog. */
    private MenuItem item(String id, String text, Runnable run) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> {
            hide();
            run.run();
        });
        return item;
    }
}
