package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.Buttons;
import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.fx.Reveal;
import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The "Open orders" sheet: one button per open order (a column, newest first; Up/Down move, 1-9 pick, Enter or a
 * tap brings it back), Close (Esc). FX thread only.
 */
final class OpenOrdersView extends VBox {

    private final ScrollPane scroll = new ScrollPane();
    private VBox list = new VBox();

    OpenOrdersView(OpenOrdersViewModel model, Messages messages, Runnable onClose) {
        setId("open-orders");
        getStyleClass().addAll("panel", "sheet");
        Label title = new Label(messages.get("counter.openOrders.title"));
        title.getStyleClass().add("panel-title");
        Label status = new Label();
        status.setId("open-orders-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button close = Buttons.of("open-orders-close", messages.get("counter.openOrders.close"),
                CounterShortcuts.CANCEL, messages, onClose);
        Label keys = new Label(messages.get("counter.openOrders.keys"));
        keys.getStyleClass().addAll("sheet-hint", "sheet-keys");
        keys.setWrapText(true);
        VBox body = new VBox(status, scroll, keys);
        body.getStyleClass().add("sheet-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(title, body, close);
        model.rows().addListener((ListChangeListener<OpenOrdersViewModel.Row>) change -> fill(model));
        fill(model);
    }

    private void fill(OpenOrdersViewModel model) {
        // a fresh column each time: the sheet keys number the options of a row once
        list = new VBox();
        list.setId("open-orders-list");
        list.getStyleClass().add("choice-options");
        list.setSpacing(8);
        List<OpenOrdersViewModel.Row> rows = model.rows();
        for (OpenOrdersViewModel.Row row : rows) {
            Button button = Buttons.of("open-order-" + row.number(), row.text(), () -> model.resume(row));
            button.getStyleClass().add("choice-option");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            list.getChildren().add(button);
        }
        SheetKeys.numberedRow(list);
        // inside a holder: the sheet keys look for rows among the children of a scroll pane's content
        scroll.setContent(new VBox(list));
        SheetKeys.focusFirst(this);
    }

    /**
     * Takes the focus from the hidden menu's search field while the list loads: left there, the scene would hand it
     * to the next control it finds (Close), and Enter would close the sheet; the first order takes it on arrival.
     */
    void focusSheet() {
        requestFocus();
    }

    /** Up/Down walk the column of orders (the sheet keys would treat the column as one row); true when used. */
    boolean handleKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if ((code != KeyCode.UP && code != KeyCode.DOWN) || event.isControlDown() || event.isAltDown()) {
            return false;
        }
        List<Node> options = list.getChildren().stream().filter(n -> n instanceof ButtonBase && !n.isDisabled())
                .toList();
        if (options.isEmpty()) {
            return true;
        }
        int at = options.indexOf(getScene() == null ? null : getScene().getFocusOwner());
        int next = at < 0 ? 0 : Math.max(0, Math.min(options.size() - 1, at + (code == KeyCode.UP ? -1 : 1)));
        options.get(next).requestFocus();
        Reveal.reveal(options.get(next));
        return true;
    }
}
