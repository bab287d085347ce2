package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.pos.menu.ModifierGroup;
import com.palmpos.pos.menu.ModifierOption;
import com.palmpos.pos.menu.Size;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The size and modifier rows of one item: on the item sheet, and under each chosen part of a meal deal. Each row
 * is a numbered keyboard row ({@link SheetKeys}). FX thread only.
 */
final class ChoiceGroupsView extends VBox {

    private final ItemChoiceViewModel model;
    private final MoneyText money;
    private final String idPrefix;
    private final List<Runnable> redraws = new ArrayList<>();

    /**
     * @param idPrefix   prefix of the node ids ("" on the item sheet, the slot id and a dash in a meal deal)
     * @param sizePrices true to show each size's price (a deal's price does not depend on the part's size)
     */
    ChoiceGroupsView(ItemChoiceViewModel model, Messages messages, String idPrefix, boolean sizePrices) {
        this.model = model;
        this.money = new MoneyText(messages.locale());
        this.idPrefix = idPrefix;
        getStyleClass().add("choice-groups");
        if (model.item().hasSizes()) {
            getChildren().addAll(groupLabel(messages.get("counter.choice.size")), sizes(sizePrices));
        }
        for (ModifierGroup group : model.groups()) {
            String rule = group.min() == group.max()
                    ? messages.get("counter.choice.exactly", group.min())
                    : messages.get("counter.choice.upTo", group.max());
            getChildren().addAll(groupLabel(group.name() + " \u00b7 " + rule), options(group));
        }
        model.revisionProperty().addListener((obs, old, now) -> redraw());
        model.sizeProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    static Label groupLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sheet-group");
        return label;
    }

    private void redraw() {
        redraws.forEach(Runnable::run);
    }

    private FlowPane sizes(boolean withPrices) {
        FlowPane pane = new FlowPane();
        pane.setId(idPrefix + "sizes");
        pane.getStyleClass().add("choice-options");
        for (Size size : model.item().sizes()) {
            ToggleButton button = new ToggleButton(withPrices
                    ? size.name() + "  " + money.format(model.priceOf(size)) : size.name());
            button.setId(idPrefix + "size-" + size.id());
            button.getStyleClass().add("choice-option");
            button.setOnAction(event -> model.sizeProperty().set(size));
            redraws.add(() -> button.setSelected(size.equals(model.sizeProperty().get())));
            pane.getChildren().add(button);
        }
        return SheetKeys.numberedRow(pane);
    }

    private FlowPane options(ModifierGroup group) {
        FlowPane pane = new FlowPane();
        pane.setId(idPrefix + "group-" + group.id());
        pane.getStyleClass().add("choice-options");
        for (ModifierOption option : group.options()) {
            String extra = option.price() == null || option.price().isZero() ? "" : "  +" + option.price().toPlainString();
            ToggleButton button = new ToggleButton(option.name() + extra);
            button.setId(idPrefix + "option-" + group.id() + "-" + option.id());
            button.getStyleClass().add("choice-option");
            button.setOnAction(event -> model.toggle(group, option));
            redraws.add(() -> button.setSelected(model.isChosen(group, option)));
            pane.getChildren().add(button);
        }
        return SheetKeys.numberedRow(pane);
    }
}
