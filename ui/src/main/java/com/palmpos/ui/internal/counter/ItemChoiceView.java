package com.palmpos.ui.internal.counter;

import com.palmpos.pos.menu.ModifierGroup;
import com.palmpos.pos.menu.ModifierOption;
import com.palmpos.pos.menu.Size;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The item sheet: size, modifier groups, quantity and note, then Add (Enter) or Cancel (Esc). */
final class ItemChoiceView extends VBox {

    private final ItemChoiceViewModel model;
    private final List<Runnable> redraws = new ArrayList<>();
    private final MoneyText money;

    ItemChoiceView(ItemChoiceViewModel model, Messages messages, Runnable onAdd, Runnable onCancel) {
        this.model = model;
        this.money = new MoneyText(messages.locale());
        setId("item-choice");
        getStyleClass().addAll("panel", "sheet");
        Label title = new Label(model.item().name());
        title.getStyleClass().add("panel-title");
        Label price = new Label();
        price.setId("choice-price");
        price.getStyleClass().add("sheet-amount");
        price.textProperty().bind(model.priceProperty());
        VBox body = new VBox();
        body.getStyleClass().add("sheet-body");
        if (model.item().hasSizes()) {
            body.getChildren().addAll(groupLabel(messages.get("counter.choice.size")), sizes());
        }
        for (ModifierGroup group : model.groups()) {
            String rule = group.min() == group.max()
                    ? messages.get("counter.choice.exactly", group.min())
                    : messages.get("counter.choice.upTo", group.max());
            body.getChildren().addAll(groupLabel(group.name() + " \u00b7 " + rule), options(group));
        }
        TextField note = new TextField();
        note.setId("choice-note");
        note.setPromptText(messages.get("counter.choice.note"));
        note.textProperty().bindBidirectional(model.noteProperty());
        body.getChildren().addAll(groupLabel(messages.get("counter.choice.quantity")), quantity(), note);
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
        getChildren().addAll(new HBox(title, price), scroll, problem, actions);
        model.revisionProperty().addListener((obs, old, now) -> redraws.forEach(Runnable::run));
        model.sizeProperty().addListener((obs, old, now) -> redraws.forEach(Runnable::run));
        redraws.forEach(Runnable::run);
    }

    private static Label groupLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sheet-group");
        return label;
    }

    private FlowPane sizes() {
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("choice-options");
        for (Size size : model.item().sizes()) {
            ToggleButton button = new ToggleButton(size.name() + "  " + money.format(model.priceOf(size)));
            button.setId("size-" + size.id());
            button.getStyleClass().add("choice-option");
            button.setOnAction(event -> model.sizeProperty().set(size));
            redraws.add(() -> button.setSelected(size.equals(model.sizeProperty().get())));
            pane.getChildren().add(button);
        }
        return pane;
    }

    private FlowPane options(ModifierGroup group) {
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add("choice-options");
        for (ModifierOption option : group.options()) {
            String extra = option.price() == null || option.price().isZero() ? "" : "  +" + option.price().toPlainString();
            ToggleButton button = new ToggleButton(option.name() + extra);
            button.setId("option-" + group.id() + "-" + option.id());
            button.getStyleClass().add("choice-option");
            button.setOnAction(event -> model.toggle(group, option));
            redraws.add(() -> button.setSelected(model.isChosen(group, option)));
            pane.getChildren().add(button);
        }
        return pane;
    }

    private HBox quantity() {
        Label count = new Label();
        count.setId("choice-quantity");
        count.getStyleClass().add("quantity");
        count.textProperty().bind(model.quantityProperty().asString());
        HBox row = new HBox(Buttons.of("choice-minus", "\u2212", model::decrement), count,
                Buttons.of("choice-plus", "+", model::increment));
        row.getStyleClass().add("quantity-row");
        return row;
    }
}
