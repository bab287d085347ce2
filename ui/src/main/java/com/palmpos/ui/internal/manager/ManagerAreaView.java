package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.fx.Shortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * The manager area of the cashier window: the hub with its tiles, or one page. Routes keys: on the hub the tiles'
 * function keys, on a page Esc back to the hub and then the page's own keys. FX thread only.
 */
public final class ManagerAreaView extends StackPane {

    private final ManagerAreaViewModel viewModel;
    private final Map<ManagerPage, Node> views = new EnumMap<>(ManagerPage.class);

    public ManagerAreaView(ManagerAreaViewModel viewModel, ManagerHomeViewModel home, ManagerHomeView.Actions actions,
            Messages messages) {
        this.viewModel = viewModel;
        setId("manager-area");
        getStyleClass().add("manager-area");
        Runnable back = viewModel::back;
        views.put(ManagerPage.HOME, new ManagerHomeView(home, messages, actions, viewModel));
        views.put(ManagerPage.MENU, new MenuAvailabilityView(viewModel.menu(), messages, back));
        views.put(ManagerPage.SHIFT, new ShiftView(viewModel.shift(), messages, back));
        views.put(ManagerPage.SYNC, new SyncPageView(viewModel.sync(), messages, back));
        views.put(ManagerPage.SETTINGS, new SettingsView(viewModel.settings(), messages, back));
        views.put(ManagerPage.ORDERS, new OrdersView(viewModel.orders(), messages, back));
        if (viewModel.privacy() != null) {
            views.put(ManagerPage.PRIVACY, new PrivacyView(viewModel.privacy(), messages, back));
        }
        if (viewModel.audit() != null) {
            views.put(ManagerPage.AUDIT, new AuditPageView(viewModel.audit(), messages, back));
        }
        viewModel.pageProperty().addListener((obs, old, page) -> show(page));
        show(viewModel.pageProperty().get());
    }

    /** A key pressed while the manager area shows; true if used. */
    public boolean handleKey(KeyEvent event) {
        ManagerPage page = viewModel.pageProperty().get();
        if (page == ManagerPage.HOME) {
            for (ManagerPage target : ManagerPage.values()) {
                if (target.shortcut() != null && target.shortcut().match(event) && viewModel.has(target)) {
                    viewModel.open(target);
                    return true;
                }
            }
            return false;
        }
        // the page first: an open dialog takes Esc and Enter itself
        if (views.get(page) instanceof PageView view && view.handleKey(event)) {
            return true;
        }
        return Shortcuts.BACK.match(event) && viewModel.back();
    }

    private void show(ManagerPage page) {
        Node view = views.get(page);
        getChildren().setAll(view);
        if (view instanceof PageView pageView) {
            // after the layout pass, or the focus request is lost on a node not yet in the scene
            Platform.runLater(pageView::focusFirst);
        }
    }
}
