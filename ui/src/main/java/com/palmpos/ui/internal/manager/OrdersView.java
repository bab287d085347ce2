package com.palmpos.ui.internal.manager;

import com.palmpos.pos.order.Order;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.OrdersViewModel.LineRow;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Orders on the left (search by customer above them), the chosen order's lines, the reason and the actions on the
 * right; the PIN approval appears over the page. Keys: Enter in the search field searches, F7 voids, F8 refunds the
 * line, F9 refunds everything.
 */
final class OrdersView extends StackPane implements PageView {

    static final KeyCombination VOID = new KeyCodeCombination(KeyCode.F7);
    static final KeyCombination REFUND_LINE = new KeyCodeCombination(KeyCode.F8);
    static final KeyCombination REFUND_ALL = new KeyCodeCombination(KeyCode.F9);

    private final OrdersViewModel viewModel;
    private final TextField query = new TextField();
    private final ConfirmDialogView dialog;

    OrdersView(OrdersViewModel viewModel, Messages messages, Runnable back) {
        this.viewModel = viewModel;
        HBox searchRow = ManagerLists.searchRow("orders", query, viewModel.queryProperty(),
                messages.get("manager.orders.queryPrompt"), messages.get("manager.orders.search"), viewModel::search,
                messages);
        ListView<Order> orderList = ManagerLists.pickList("orders-list", viewModel.orders(), viewModel::describe,
                "order-row-", viewModel.selectedProperty());
        VBox left = new VBox(searchRow, orderList);
        left.getStyleClass().add("manager-body");
        left.setPrefWidth(520);

        ListView<LineRow> lineList = ManagerLists.pickList("orders-lines", viewModel.lines(), LineRow::text,
                "line-row-", viewModel.selectedLineProperty());
        TextField reason = new TextField();
        reason.setId("orders-reason");
        reason.setPromptText(messages.get("manager.orders.reasonPrompt"));
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        HBox actions = new HBox(
                ManagerWidgets.button("orders-void", messages.get("manager.orders.void"), VOID,
                        viewModel::requestVoid, messages),
                ManagerWidgets.button("orders-refund-line", messages.get("manager.orders.refundLine"), REFUND_LINE,
                        () -> viewModel.requestRefund(false), messages),
                ManagerWidgets.button("orders-refund-all", messages.get("manager.orders.refundAll"), REFUND_ALL,
                        () -> viewModel.requestRefund(true), messages));
        actions.getStyleClass().add("manager-actions-row");
        VBox right = new VBox(new Label(messages.get("manager.orders.lines")), lineList,
                new Label(messages.get("manager.orders.reason")), reason, actions);
        right.getStyleClass().add("manager-body");
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox body = new HBox(left, right);
        body.getStyleClass().add("manager-body");
        VBox page = ManagerWidgets.page(ManagerPage.ORDERS, messages, viewModel.feedback(), back,
                new VBox(ManagerWidgets.hint(messages.get("manager.orders.keys")), body));
        dialog = new ConfirmDialogView(viewModel.confirmationProperty(), messages);
        getChildren().addAll(page, dialog);
    }

    @Override
    public void focusFirst() {
        query.requestFocus();
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        if (dialog.handleKey(event)) {
            return true;
        }
        if (event.getCode() == KeyCode.ENTER && query.isFocused()) {
            viewModel.search();
        } else if (VOID.match(event)) {
            viewModel.requestVoid();
        } else if (REFUND_LINE.match(event)) {
            viewModel.requestRefund(false);
        } else if (REFUND_ALL.match(event)) {
            viewModel.requestRefund(true);
        } else {
            return false;
        }
        return true;
    }
}
