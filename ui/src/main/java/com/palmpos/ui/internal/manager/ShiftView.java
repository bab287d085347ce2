package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shift on the left (state, one amount field that is the float when opening and the count when closing), the
 * end-of-day report on the right. Keys: Enter submits the amount, F9 prints, Ctrl+R builds the report again.
 */
final class ShiftView extends VBox implements PageView {

    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.F9);
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final ShiftViewModel viewModel;
    private final TextField amount = new TextField();

    ShiftView(ShiftViewModel viewModel, Messages messages, Runnable back) {
        this.viewModel = viewModel;
        Label state = new Label();
        state.setId("shift-state");
        state.setWrapText(true);
        state.textProperty().bind(viewModel.shiftTextProperty());
        Label amountLabel = new Label();
        amountLabel.textProperty().bind(viewModel.shiftProperty().map(s -> messages.get("manager.shift.counted"))
                .orElse(messages.get("manager.shift.float")));
        amount.setId("shift-amount");
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        amount.setPromptText(messages.get("manager.shift.amountPrompt"));
        Button submit = ManagerWidgets.button("shift-submit", "", KeyCombination.valueOf("Enter"),
                viewModel::submitAmount, messages);
        submit.textProperty().bind(viewModel.shiftProperty().map(s -> messages.get("manager.shift.close"))
                .orElse(messages.get("manager.shift.open")));
        submit.getStyleClass().add("primary");
        VBox left = new VBox(state, amountLabel, amount, submit);
        left.getStyleClass().add("manager-body");
        left.setPrefWidth(380);

        TextArea reportArea = new TextArea();
        reportArea.setId("shift-report");
        reportArea.getStyleClass().add("manager-report");
        reportArea.setEditable(false);
        reportArea.textProperty().bind(viewModel.reportProperty());
        VBox.setVgrow(reportArea, Priority.ALWAYS);
        HBox reportActions = new HBox(
                ManagerWidgets.button("shift-print", messages.get("manager.shift.print"), PRINT,
                        viewModel::printReport, messages),
                ManagerWidgets.button("shift-refresh", messages.get("manager.shift.refresh"), REFRESH,
                        viewModel::refreshReport, messages));
        reportActions.getStyleClass().add("manager-actions-row");
        VBox right = new VBox(new Label(messages.get("manager.shift.reportTitle")), reportArea, reportActions);
        right.getStyleClass().add("manager-body");
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox body = new HBox(left, right);
        body.getStyleClass().add("manager-body");
        getChildren().add(ManagerWidgets.page(ManagerPage.SHIFT, messages, viewModel.feedback(), back, body));
        VBox.setVgrow(getChildren().get(0), Priority.ALWAYS);
    }

    @Override
    public void focusFirst() {
        amount.requestFocus();
    }

    @Override
    public boolean handleKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && amount.isFocused()) {
            viewModel.submitAmount();
        } else if (PRINT.match(event)) {
            viewModel.printReport();
        } else if (REFRESH.match(event)) {
            viewModel.refreshReport();
        } else {
            return false;
        }
        return true;
    }
}
