package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.Buttons;
import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.pos.menu.ComboSlot;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The meal deal sheet, styled as the item sheet: per slot a numbered row of its items and, once one is chosen,
 * that item's size and modifier rows; then quantity and note; Add (Enter) or Cancel (Esc). FX thread only.
 */
final class MealDealView extends VBox {

    private final MealDealViewModel model;
    private final Messages messages;
    private final List<Runnable> redraws = new ArrayList<>();

    MealDealView(MealDealViewModel model, Messages messages, Runnable onAdd, Runnable onCancel) {
        this.model = model;
        this.messages = messages;
        setId("meal-deal");
        getStyleClass().addAll("panel", "sheet");
        Label title = new Label(EmojiFont.withIcon(model.deal().icon(), model.deal().name()));
        title.getStyleClass().add("panel-title");
        Label price = new Label(new MoneyText(messages.locale()).format(model.deal().price()));
        price.setId("deal-price");
        price.getStyleClass().add("sheet-amount");
        VBox body = new VBox();
        body.getStyleClass().add("sheet-body");
        for (ComboSlot slot : model.deal().slots()) {
            body.getChildren().addAll(ChoiceGroupsView.groupLabel(slot.name() + " \u00b7 "
                    + messages.get("counter.choice.exactly", 1)), items(slot), partChoices(slot));
        }
        TextField note = new TextField();
        note.setId("deal-note");
        note.setPromptText(messages.get("counter.choice.note"));
        note.textProperty().bindBidirectional(model.noteProperty());
        body.getChildren().addAll(ChoiceGroupsView.groupLabel(messages.get("counter.choice.quantity")),
                ItemChoiceView.quantity("deal", model.quantityProperty(), model::decrement, model::increment), note);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("deal-problem");
        problem.getStyleClass().add("sheet-problem");
        problem.textProperty().bind(model.problemProperty());
        HBox actions = new HBox(
                Buttons.of("deal-cancel", messages.get("counter.cancel"), CounterShortcuts.CANCEL, messages, onCancel),
                Buttons.primary("deal-add", messages.get("counter.choice.add"), CounterShortcuts.CONFIRM, messages,
                        onAdd));
        actions.getStyleClass().add("sheet-actions");
        getChildren().addAll(new HBox(title, price), scroll, problem, ItemChoiceView.keysHint(messages), actions);
        model.revisionProperty().addListener((obs, old, now) -> redraws.forEach(Runnable::run));
        redraws.forEach(Runnable::run);
    }

    private FlowPane items(ComboSlot slot) {
        FlowPane pane = new FlowPane();
        pane.setId("deal-slot-" + slot.id());
        pane.getStyleClass().add("choice-options");
        for (MenuItem item : model.items(slot)) {
            boolean onSale = model.isAvailable(item);
            ToggleButton button = new ToggleButton(EmojiFont.withIcon(item.icon(), item.name())
                    + (onSale ? "" : " \u00b7 " + messages.get("counter.menu.soldOut")));
            button.setId("deal-" + slot.id() + "-" + item.id());
            button.getStyleClass().add("choice-option");
            button.setDisable(!onSale);
            button.setOnAction(event -> model.pick(slot, item));
            redraws.add(() -> button.setSelected(model.pickOf(slot)
                    .map(pick -> pick.item().id().equals(item.id())).orElse(false)));
            pane.getChildren().add(button);
        }
        return SheetKeys.numberedRow(pane);
    }

    /** The chosen part's size and modifier rows, rebuilt when another part is chosen. */
    private VBox partChoices(ComboSlot slot) {
        VBox holder = new VBox();
        holder.setId("deal-part-" + slot.id());
        String[] shown = {null};
        redraws.add(() -> model.pickOf(slot).ifPresentOrElse(part -> {
            if (!part.item().id().equals(shown[0])) {
                shown[0] = part.item().id();
                holder.getChildren().setAll(new ChoiceGroupsView(part, messages, slot.id() + "-", false));
            }
        }, holder.getChildren()::clear));
        return holder;
    }
}
