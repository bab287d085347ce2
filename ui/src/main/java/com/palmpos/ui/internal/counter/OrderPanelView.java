package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.Buttons;
import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.session.OrderLineRow;
import com.palmpos.ui.internal.fx.ListScrolling;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Order panel: the lines with quantity controls, totals, and the order's actions with their shortcuts. */
public final class OrderPanelView extends VBox {

    public OrderPanelView(OrderPanelViewModel viewModel, CounterViewModel counter, Messages messages) {
        setId("order-panel");
        getStyleClass().addAll("panel", "order-panel");
        OrderEditor editor = viewModel.editor();
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("panel-title");
        Label number = new Label();
        number.setId("order-number");
        number.textProperty().bind(viewModel.headingProperty());
        Button mode = Buttons.of("mode-toggle", "", CounterShortcuts.MODE, messages, editor::toggleMode);
        mode.textProperty().bind(viewModel.modeTextProperty());
        mode.disableProperty().bind(editor.busyProperty().or(counter.sheetProperty().isNotNull()));
        Button openOrders = Buttons.of("open-orders-button", messages.get("counter.openOrders.button"),
                CounterShortcuts.OPEN_ORDERS, messages, counter::openOpenOrders);
        openOrders.disableProperty().bind(editor.busyProperty().or(counter.sheetProperty().isNotNull()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, number, spacer, mode);
        header.getStyleClass().add("order-header");
        Label note = new Label();
        note.setId("order-note");
        note.getStyleClass().add("line-details");
        note.setWrapText(true);
        note.textProperty().bind(viewModel.orderNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        ListView<OrderLineRow> lines = lines(viewModel);
        EmptyStateView empty = new EmptyStateView(viewModel.emptyState());
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox.setVgrow(empty, Priority.ALWAYS);
        BooleanBinding none = javafx.beans.binding.Bindings.isEmpty(viewModel.rows());
        lines.visibleProperty().bind(none.not());
        lines.managedProperty().bind(none.not());
        empty.visibleProperty().bind(none);
        empty.managedProperty().bind(none);

        // while the pay sheet is open the order must not change under the payment
        BooleanBinding idle = viewModel.readyProperty().and(
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !(counter.sheetProperty().get() instanceof Sheet.Payment), counter.sheetProperty()));
        Button minus = Buttons.of("qty-minus", "\u2212", viewModel::decrementSelected);
        Button plus = Buttons.of("qty-plus", "+", viewModel::incrementSelected);
        Button remove = Buttons.of("line-remove", messages.get("counter.order.remove"), CounterShortcuts.REMOVE,
                messages, viewModel::removeSelected);
        Button lineNote = Buttons.of("line-note", messages.get("counter.note.line"), CounterShortcuts.LINE_NOTE,
                messages, counter::openLineNote);
        for (Button button : new Button[] {minus, plus, remove, lineNote}) {
            button.disableProperty().bind(idle.not().or(viewModel.selectedLineProperty().isNull()));
        }
        HBox lineActions = new HBox(minus, plus, remove);
        lineActions.getStyleClass().add("line-actions");
        Button orderNote = Buttons.of("order-note-button", messages.get("counter.note.order"),
                CounterShortcuts.ORDER_NOTE, messages, counter::openOrderNote);
        orderNote.disableProperty().bind(idle.not());
        HBox notes = new HBox(lineNote, orderNote);
        notes.getStyleClass().add("line-actions");
        for (Button button : new Button[] {lineNote, orderNote}) {
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
        }

        Button discount = Buttons.of("discount-button", messages.get("counter.discount.title"),
                CounterShortcuts.DISCOUNT, messages, counter::openDiscount);
        Button rewards = Buttons.of("rewards-button", messages.get("counter.rewards.title"), CounterShortcuts.REWARDS,
                messages, counter::openRewards);
        Button kitchen = Buttons.of("kitchen-button", messages.get("counter.kitchen.send"), CounterShortcuts.KITCHEN,
                messages, editor::sendToKitchen);
        Button pay = Buttons.primary("pay-button", messages.get("counter.pay"), CounterShortcuts.PAY, messages,
                counter::openPayment);
        for (Button button : new Button[] {discount, rewards, kitchen, pay}) {
            button.disableProperty().bind(idle.not());
            button.setMaxWidth(Double.MAX_VALUE);
        }
        pay.disableProperty().bind(idle.and(viewModel.payableProperty()).not());
        pay.getStyleClass().add("pay-button");
        GridPane actions = new GridPane();
        actions.getStyleClass().add("order-actions");
        actions.add(discount, 0, 0);
        actions.add(rewards, 1, 0);
        actions.add(kitchen, 0, 1);
        actions.add(pay, 1, 1);

        getChildren().addAll(header, note, lines, empty, lineActions, notes, totals(viewModel, messages), actions,
                status(editor, openOrders), shortcuts(messages));
    }

    private static ListView<OrderLineRow> lines(OrderPanelViewModel viewModel) {
        ListView<OrderLineRow> list = new ListView<>(viewModel.rows());
        list.setId("order-lines");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new LineCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedLineProperty().set(row.lineId());
            }
        });
        Runnable select = () -> {
            String id = viewModel.selectedLineProperty().get();
            viewModel.rows().stream().filter(r -> r.lineId().equals(id)).findFirst().ifPresentOrElse(row -> {
                list.getSelectionModel().select(row);
                ListScrolling.showAfterLayout(list, row);
            }, () -> list.getSelectionModel().clearSelection());
        };
        viewModel.selectedLineProperty().addListener((obs, old, id) -> select.run());
        viewModel.rows().addListener((javafx.collections.ListChangeListener<OrderLineRow>) change -> select.run());
        return list;
    }

    private static GridPane totals(OrderPanelViewModel viewModel, Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("order-totals");
        grid.getStyleClass().add("order-totals");
        addTotal(grid, 0, messages.get("counter.totals.subtotal"), "order-subtotal", viewModel.subtotalProperty());
        addTotal(grid, 1, messages.get("counter.totals.discounts"), "order-discounts", viewModel.discountsProperty());
        addTotal(grid, 2, messages.get("counter.totals.tax"), "order-tax", viewModel.taxProperty());
        addTotal(grid, 3, messages.get("counter.totals.total"), "order-total", viewModel.totalProperty());
        grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == 3)
                .forEach(n -> n.getStyleClass().add("grand-total"));
        return grid;
    }

    private static void addTotal(GridPane grid, int row, String name, String id,
            javafx.beans.value.ObservableStringValue value) {
        Label key = new Label(name);
        Label amount = new Label();
        amount.setId(id);
        amount.textProperty().bind(value);
        amount.getStyleClass().add("amount");
        GridPane.setHgrow(key, Priority.ALWAYS);
        grid.addRow(row, key, amount);
    }

    /** The busy spinner and the last message, with "Open orders" at the end (the header has no room in German). */
    private static HBox status(OrderEditor editor, Button openOrders) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("order-busy");
        spinner.getStyleClass().add("busy");
        spinner.visibleProperty().bind(editor.busyProperty());
        spinner.managedProperty().bind(editor.busyProperty());
        Label message = new Label();
        message.setId("order-message");
        message.setWrapText(true);
        message.textProperty().bind(editor.messageProperty());
        TimedStatus.clearAfter(editor.messageProperty(), TimedStatus.SHOWN, () -> editor.busyProperty().get(),
                shown -> editor.messageProperty().set(""));
        editor.messageIsErrorProperty().addListener((obs, old, error) -> {
            message.getStyleClass().remove("error");
            if (error) {
                message.getStyleClass().add("error");
            }
        });
        // the message takes the room the button leaves and wraps in it; the button keeps its whole label
        message.setPrefWidth(0);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(spinner, message, openOrders);
        row.getStyleClass().add("order-status");
        return row;
    }

    private static Label shortcuts(Messages messages) {
        Label hint = new Label(messages.get("counter.shortcuts"));
        hint.setId("counter-shortcuts");
        hint.getStyleClass().add("shortcut-bar");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    /**
     * "2 x Tomato basil soup (Bowl)      $13.90" with modifiers and note underneath. The row's nodes are built once
     * per cell and refilled on each update: a new node tree per update was styled inside the list's layout pass on
     * the FX thread (about 30 ms for the first line of a run, FxWatchdog).
     */
    private static final class LineCell extends ListCell<OrderLineRow> {
        private final Label name = new Label();
        private final Label amount = new Label();
        private final Label details = new Label();
        private final BorderPane row;

        LineCell() {
            name.getStyleClass().add("line-title");
            amount.getStyleClass().add("amount");
            details.getStyleClass().add("line-details");
            details.setWrapText(true);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new BorderPane(new VBox(new HBox(name, gap, amount), details));
        }

        @Override
        protected void updateItem(OrderLineRow line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            name.setText(line.quantity() + " \u00d7 " + line.title() + (line.sent() ? "  \u2713" : ""));
            amount.setText(line.amount());
            details.setText(line.details());
            // no details: not shown and no room taken, as when the label was left out
            details.setVisible(!line.details().isEmpty());
            details.setManaged(!line.details().isEmpty());
            setGraphic(row);
        }
    }
}
