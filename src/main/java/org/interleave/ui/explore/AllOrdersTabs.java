// The centre of the window as tabs: the stepper always, and the All-orders view on demand; closing that tab ends its exploration.
package org.interleave.ui.explore;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.interleave.engine.explore.Explorer;
import org.interleave.ui.compare.CompareController;
import org.interleave.ui.compare.CompareView;
import org.interleave.ui.session.SessionController;

public final class AllOrdersTabs {
    private final SessionController session;
    private final Executor fxThread;
    private final Supplier<Explorer> explorers;
    private final String exploreKeys;
    private final TabPane tabs = new TabPane();
    private final Tab stepper;
    /** The open All-orders tab and its controller, or null. FX thread only. */
    private Tab allOrders;
    private AllOrdersController controller;
    /** The open Compare-engines tab and its controller, or null. FX thread only. */
    private Tab compare;
    private CompareController compareController;
    /** The open Compare-protections tab, its view and controller, or null. FX thread only. */
    private Tab protections;
    private org.interleave.ui.compare.ProtectionsView protectionsView;
    private org.interleave.ui.compare.ProtectionsController protectionsController;

    /**
     * @param stepperView the lanes and the diagram
     * @param exploreKeys the keys of the explore action, shown in tooltips
     */
    public AllOrdersTabs(SessionController session, Executor fxThread, Node stepperView, String exploreKeys) {
        this(session, fxThread, stepperView, exploreKeys, () -> Explorer.defaults(session.engine()));
    }

    AllOrdersTabs(SessionController session, Executor fxThread, Node stepperView, String exploreKeys, Supplier<Explorer> explorers) {
        this.session = session;
        this.fxThread = fxThread;
        this.explorers = explorers;
        this.exploreKeys = exploreKeys;
        stepper = new Tab("Step by step", stepperView);
        stepper.setId("tab-stepper");
        stepper.setClosable(false);
        tabs.getTabs().add(stepper);
        tabs.getStyleClass().add("center-tabs");
        tabs.setId("center-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        // with the stepper alone, its tab header is a line of height the diagram needs more (CSS hides it)
        javafx.css.PseudoClass single = javafx.css.PseudoClass.getPseudoClass("single");
        tabs.pseudoClassStateChanged(single, true);
        tabs.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) c -> tabs.pseudoClassStateChanged(single, tabs.getTabs().size() == 1));
    }

    public Node node() {
        return tabs;
    }

    /** Shows the All-orders view (opening it if needed) and explores, unless it already shows the current scenario's orders. */
    public void show() {
        if (session.model().scenario() == null) return;
        if (controller == null) open();
        tabs.getSelectionModel().select(allOrders);
        if (!controller.current() && !controller.model().runningProperty().get()) controller.explore();
    }

    /** Back to the stepper. */
    public void showStepper() {
        tabs.getSelectionModel().select(stepper);
    }

    /** Shows the Compare-engines view (opening it if needed) and compares the window's schedule on every engine. */
    public void showCompare() {
        if (session.model().scenario() == null) return;
        if (compareController == null) openCompare();
        tabs.getSelectionModel().select(compare);
        compareController.compare();
    }

    /** Shows the Compare-protections view (opening it if needed) and compares the window's schedule under two protections. */
    public void showProtections() {
        if (session.model().scenario() == null) return;
        if (protections == null) {
            org.interleave.ui.compare.ProtectionsController controller = new org.interleave.ui.compare.ProtectionsController(session, fxThread);
            protectionsView = new org.interleave.ui.compare.ProtectionsView(controller);
            ScrollPane scroll = new ScrollPane(protectionsView);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("all-orders-scroll");
            protections = new Tab("Compare protections", scroll);
            protections.setId("tab-compare-protections");
            protections.setClosable(true);
            Tab mine = protections;
            protections.setOnClosed(e -> {
                controller.close();
                if (protections == mine) protections = null;
            });
            protectionsController = controller;
            tabs.getTabs().add(protections);
        }
        tabs.getSelectionModel().select(protections);
        protectionsView.compare();
    }

    /** Shows {@code content} in the tab {@code id} (made with {@code title} the first time; closing it only hides it). */
    public void showTab(String id, String title, javafx.scene.Node content) {
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseGet(() -> {
            Tab made = new Tab(title, content);
            made.setId(id);
            made.setClosable(true);
            tabs.getTabs().add(made);
            return made;
        });
        tabs.getSelectionModel().select(tab);
    }

    /** The compare view's controller, or null when its tab is closed. */
    public CompareController compareController() {
        return compareController;
    }

    private void openCompare() {
        compareController = new CompareController(session, fxThread, this::showStepper);
        CompareController mine = compareController;
        ScrollPane scroll = new ScrollPane(new CompareView(compareController));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("all-orders-scroll");
        compare = new Tab("Compare engines", scroll);
        compare.setId("tab-compare");
        compare.setClosable(true);
        compare.setOnClosed(e -> {
            if (compareController == mine) closeCompare();
        });
        tabs.getTabs().add(compare);
    }

    private void closeCompare() {
        if (compareController != null) compareController.close();
        compareController = null;
        compare = null;
    }

    /** The open view's controller, or null when the All-orders tab is closed. */
    public AllOrdersController controller() {
        return controller;
    }

    /** Closes the All-orders view, if open, ending its exploration and its thread (as when the window closes). */
    public void close() {
        if (allOrders != null) tabs.getTabs().remove(allOrders);
        closeController();
        if (compare != null) tabs.getTabs().remove(compare);
        closeCompare();
        if (protections != null) tabs.getTabs().remove(protections);
        if (protectionsController != null) protectionsController.close();
        protections = null;
        protectionsController = null;
    }

    private void open() {
        controller = new AllOrdersController(session, fxThread, explorers, this::showStepper);
        AllOrdersController mine = controller;
        AllOrdersView view = new AllOrdersView(controller, exploreKeys);
        // On a small screen the view scrolls rather than squeezing the orders list away.
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("all-orders-scroll");
        allOrders = new Tab("All orders", scroll);
        allOrders.setId("tab-all-orders");
        allOrders.setClosable(true);
        allOrders.setOnClosed(e -> {
            if (controller == mine) closeController();
        });
        tabs.getTabs().add(allOrders);
    }

    private void closeController() {
        if (controller != null) controller.close();
        controller = null;
        allOrders = null;
    }
}
