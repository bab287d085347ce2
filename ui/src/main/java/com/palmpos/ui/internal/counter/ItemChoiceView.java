package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.Buttons;
import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The item sheet: size, modifier groups, quantity and note, then Add (Enter) or Cancel (Esc); the keys of
 * {@link SheetKeys} move between and pick the options.
 */
final class ItemChoiceView extends VBox {

    ItemChoiceView(ItemChoiceViewModel model, Messages messages, Runnable onAdd, Runnable onCancel) {
        setId("item-choice");
        getStyleClass().addAll("panel", "sheet");
        Label title = new Label(model.item().name());
        title.getStyleClass().add("panel-title");
        Label price = new Label();
        price.setId("choice-price");
        price.getStyleClass().add("sheet-amount");
        price.textProperty().bind(model.priceProperty());
        TextField note = new TextField();
        note.setId("choice-note");
        note.setPromptText(messages.get("counter.choice.note"));
        note.textProperty().bindBidirectional(model.noteProperty());
        VBox body = new VBox(new ChoiceGroupsView(model, messages, "", true),
                ChoiceGroupsView.groupLabel(messages.get("counter.choice.quantity")),
                quantity("choice", model.quantityProperty(), model::decrement, model::increment), note);
        body.getStyleClass().add("sheet-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("choice-problem");
        problem.getStyleClass().add("sheet-problem");
        problem.textProperty().bind(model.problemProperty());
        Button cancel = Buttons.of("choice-cancel", messages.get("counter.cancel"), CounterShortcuts.CANCEL, messages,
                onCancel);
        Button add = Buttons.primary("choice-add", messages.get("counter.choice.add"), CounterShortcuts.CONFIRM,
                messages, onAdd);
        HBox actions = new HBox(cancel, add);
        actions.getStyleClass().add("sheet-actions");
        getChildren().addAll(new HBox(title, price), scroll, problem, keysHint(messages), actions);
    }

    /** "− 1 +" as a keyboard row (Left/Right between the buttons, Space presses). */
    static HBox quantity(String idPrefix, javafx.beans.property.IntegerProperty quantity, Runnable less,
            Runnable more) {
        Label count = new Label();
        count.setId(idPrefix + "-quantity");
        count.getStyleClass().add("quantity");
        count.textProperty().bind(quantity.asString());
        HBox row = new HBox(Buttons.of(idPrefix + "-minus", "\u2212", less), count,
                Buttons.of(idPrefix + "-plus", "+", more));
        row.getStyleClass().add("quantity-row");
        return SheetKeys.row(row);
    }

    /** The sheet's keys, shown under the options. */
    static Label keysHint(Messages messages) {
        Label hint = new Label(messages.get("counter.sheet.keys"));
        hint.getStyleClass().addAll("sheet-hint", "sheet-keys");
        hint.setWrapText(true);
        return hint;
    }
}
