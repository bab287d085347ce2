package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.Buttons;
import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The discount sheet: selected line or whole order, percent or amount, the value; Enter applies, Esc cancels, Up/Down
 * move between the rows and the value, Left/Right and Space choose in a row.
 */
final class DiscountView extends VBox {

    private final TextField value = new TextField();

    DiscountView(DiscountViewModel model, Messages messages, Runnable onApply, Runnable onCancel) {
        setId("discount");
        getStyleClass().addAll("panel", "sheet");
        Label title = new Label(messages.get("counter.discount.title"));
        title.getStyleClass().add("panel-title");
        ToggleButton line = toggle("discount-line", messages.get("counter.discount.line"));
        ToggleButton order = toggle("discount-order", messages.get("counter.discount.order"));
        pair(line, order, model.wholeOrderProperty().get());
        line.setDisable(!model.lineAvailable());
        line.setOnAction(event -> select(model.wholeOrderProperty(), false, line, order));
        order.setOnAction(event -> select(model.wholeOrderProperty(), true, line, order));
        ToggleButton percent = toggle("discount-percent", messages.get("counter.discount.percent"));
        ToggleButton amount = toggle("discount-amount", messages.get("counter.discount.amount"));
        pair(amount, percent, model.percentProperty().get());
        percent.setOnAction(event -> select(model.percentProperty(), true, amount, percent));
        amount.setOnAction(event -> select(model.percentProperty(), false, amount, percent));
        value.setId("discount-value");
        value.setPromptText(messages.get("counter.discount.value"));
        value.textProperty().bindBidirectional(model.valueProperty());
        Label problem = new Label();
        problem.setId("discount-problem");
        problem.getStyleClass().add("sheet-problem");
        problem.textProperty().bind(model.problemProperty());
        Label note = new Label(messages.get("counter.discount.managerNote"));
        note.getStyleClass().add("sheet-hint");
        note.setWrapText(true);
        HBox actions = new HBox(
                Buttons.of("discount-cancel", messages.get("counter.cancel"), CounterShortcuts.CANCEL, messages,
                        onCancel),
                Buttons.primary("discount-apply", messages.get("counter.discount.apply"), CounterShortcuts.CONFIRM,
                        messages, onApply));
        actions.getStyleClass().add("sheet-actions");
        HBox target = SheetKeys.row(new HBox(line, order));
        target.setId("discount-target");
        HBox kind = SheetKeys.row(new HBox(percent, amount));
        kind.setId("discount-kind");
        VBox body = new VBox(target, kind, value, problem, note, ItemChoiceView.keysHint(messages));
        body.getStyleClass().add("sheet-body");
        getChildren().addAll(title, body, actions);
    }

    void focusValue() {
        value.requestFocus();
    }

    private static ToggleButton toggle(String id, String text) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.getStyleClass().add("choice-option");
        return button;
    }

    private static void pair(ToggleButton off, ToggleButton on, boolean secondSelected) {
        ToggleGroup group = new ToggleGroup();
        off.setToggleGroup(group);
        on.setToggleGroup(group);
        (secondSelected ? on : off).setSelected(true);
    }

    private static void select(javafx.beans.property.BooleanProperty property, boolean value, ToggleButton off,
            ToggleButton on) {
        property.set(value);
        (value ? on : off).setSelected(true);
    }
}
