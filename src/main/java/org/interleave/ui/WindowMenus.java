// The menu bar (File, View, Scenario, Help), built from the same actions as the toolbar and the keyboard.
package org.interleave.ui;

import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

final class WindowMenus {
    /** Words for the actions whose toolbar words are a symbol. */
    private static final Map<String, String> MENU_WORDS = Map.of("zoom-in", "Bigger diagram text", "zoom-out", "Smaller diagram text",
            "zoom-reset", "Diagram text at 100 %", "help", "Help: keys and concepts", "library", "Show or hide the library",
            "engine", "Next database engine", "search", "Search the library", "export", "Export…");

    private WindowMenus() {}

    /**
     * Each item runs its action; keys with a modifier (Ctrl, or Cmd on macOS, where the menu goes to the system menu
     * bar) show as the item's accelerator, which the window's own key handling runs once. A plain key (Space, A) is
     * shown in the item's words instead: as an accelerator it would fire while typing in the search field.
     */
    static MenuBar build(Map<String, Action> actions) {
        MenuBar bar = new MenuBar(
                menu("File", actions, "new-scenario", "open-files", "open-folder", "reload", "edit", null, "export", "copy-image", "copy-mermaid", null, "quit"),
                menu("View", actions, "presenter", "library", "theme", null, "zoom-in", "zoom-out", "zoom-reset", null, "explore", "compare", "compare-protections", "inside", "lock-track", "console"),
                menu("Scenario", actions, "play", "next", "back", "redo", "history", "reset", null, "quiz", null, "engine", "search"),
                menu("Help", actions, "help"));
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true); // macOS: the screen's menu bar; elsewhere: at the top of the window
        return bar;
    }

    private static Menu menu(String title, Map<String, Action> actions, String... ids) {
        Menu menu = new Menu(title);
        menu.setId("menu-" + title.toLowerCase(java.util.Locale.ROOT));
        for (String id : ids) {
            if (id == null) {
                menu.getItems().add(new SeparatorMenuItem());
                continue;
            }
            Action a = actions.get(id);
            if (a == null) throw new IllegalArgumentException("no action " + id + " for the " + title + " menu");
            menu.getItems().add(item(a));
        }
        return menu;
    }

    private static MenuItem item(Action a) {
        String words = MENU_WORDS.getOrDefault(a.id(), a.words().replace("▶ ", "").replace(" ▸", "").replace("◂ ", ""));
        MenuItem item = new MenuItem(a.plain() && !a.keys().isEmpty() ? words + "   (" + a.shortKeyText() + ")" : words);
        item.setId("menu-item-" + a.id());
        item.setMnemonicParsing(false);
        if (!a.plain() && !a.keys().isEmpty()) item.setAccelerator(a.keys().get(0));
        item.setOnAction(e -> a.run().run());
        return item;
    }
}
