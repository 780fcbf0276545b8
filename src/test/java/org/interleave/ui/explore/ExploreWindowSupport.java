// Opens the real window for each All-orders test, closes it after and checks that no exploring thread is left behind.
package org.interleave.ui.explore;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.interleave.ui.WindowTestSupport;
import org.testfx.api.FxRobot;

abstract class ExploreWindowSupport extends WindowTestSupport {

    @Override
    protected void afterWindowClosed() {
        waitFor("no thread of the exploration is left after the window closed", () -> !exploring());
    }

    /** True while a thread of an exploration (the view's own, or the explorer's) is alive. */
    static boolean exploring() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive()
                && (t.getName().equals(AllOrdersController.THREAD) || t.getName().equals("interleave-explorer")));
    }

    static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Clicks "Explore all orders" in the toolbar and waits until every row of the matrix has its counts. */
    static void exploreAll(FxRobot robot) {
        robot.clickOn("#explore-all");
        waitFor("every row is explored", () -> shown(robot, "#explore-run") && text(robot, "#explore-progress").startsWith("Explored"));
    }

    /** The count shown in a cell of the matrix: "12", or 14 for "14 of 20". */
    static int count(FxRobot robot, String protectionId, String kind) {
        String t = text(robot, "#cell-" + protectionId + "-" + kind);
        return Integer.parseInt(t.split(" ")[0]);
    }

    @SuppressWarnings("unchecked")
    static ListView<List<String>> orders(FxRobot robot) {
        return robot.lookup("#orders-list").queryAs(ListView.class);
    }

    /** Clicks the first order listed for the chosen cell and returns it as the toolbar writes a schedule. */
    static String clickFirstOrder(FxRobot robot) {
        waitFor("orders are listed", () -> !orders(robot).getItems().isEmpty());
        String first = String.join(" ", orders(robot).getItems().get(0));
        Node cell = robot.lookup("#orders-list .order-cell").match(c -> ((ListCell<?>) c).getIndex() == 0).query();
        scrollIntoView(robot, cell);
        robot.clickOn(cell);
        return first;
    }

    /** Clicks a node of the All-orders view, first scrolling the view with the mouse wheel as a user on a small screen would. */
    static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        scrollIntoView(robot, node);
        robot.clickOn(node);
    }

    /** The test screen (1280x800) is smaller than the projector the view is made for: the view may need scrolling. */
    private static void scrollIntoView(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup(".all-orders-scroll").queryAs(ScrollPane.class);
        ScrollBar bar = (ScrollBar) scroll.lookupAll(".scroll-bar").stream()
                .filter(n -> n.getParent() == scroll && ((ScrollBar) n).getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        for (int i = 0; i < 60 && !inside(node, scroll); i++) {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            Bounds v = scroll.localToScene(scroll.getBoundsInLocal());
            robot.clickOn(bar.lookup(b.getMaxY() > v.getMaxY() ? ".increment-button" : ".decrement-button"));
        }
    }

    private static boolean inside(Node node, ScrollPane scroll) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Bounds v = scroll.localToScene(scroll.getBoundsInLocal());
        return b.getMinY() >= v.getMinY() && b.getMaxY() <= v.getMaxY();
    }

    static void waitForVerdict(FxRobot robot, String titleStart) {
        waitFor("the verdict \"" + titleStart + "\"", () -> text(robot, "#verdict-title").startsWith(titleStart));
    }
}
