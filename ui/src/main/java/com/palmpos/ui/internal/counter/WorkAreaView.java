package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.payment.PaymentView;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The left of the counter: the menu, with the open sheet (item choices, discount, rewards, payment) over it. */
final class WorkAreaView extends StackPane {

    private final CounterViewModel counter;
    private final Messages messages;
    private final MenuPanelView menu;
    private Node sheetView;

    WorkAreaView(CounterViewModel counter, Messages messages) {
        this.counter = counter;
        this.messages = messages;
        setId("work-area");
        this.menu = new MenuPanelView(counter.menu(), messages);
        getChildren().add(menu);
        PaySheetWarmUp.install(this, counter, messages);
        counter.sheetProperty().addListener((obs, old, sheet) -> show(sheet));
        if (counter.sheetProperty().get() != null) {
            show(counter.sheetProperty().get());
        }
    }

    MenuPanelView menu() {
        return menu;
    }

    /** The sheet's view on top, or null when the menu shows. */
    Node sheetView() {
        return sheetView;
    }

    private void show(Sheet sheet) {
        if (sheetView != null) {
            getChildren().remove(sheetView);
        }
        sheetView = sheet == null ? null : viewOf(sheet);
        menu.setVisible(sheetView == null);
        if (sheetView != null) {
            getChildren().add(sheetView);
        }
        focus();
    }

    private Node viewOf(Sheet sheet) {
        if (sheet instanceof Sheet.ItemChoice choice) {
            return new ItemChoiceView(choice.model(), messages, counter::confirmChoice, counter::closeSheet);
        }
        if (sheet instanceof Sheet.MealDeal deal) {
            return new MealDealView(deal.model(), messages, counter::confirmDeal, counter::closeSheet);
        }
        if (sheet instanceof Sheet.NoteEntry note) {
            return new NoteView(note.model(), messages, counter::confirmNote, counter::closeSheet);
        }
        if (sheet instanceof Sheet.DiscountEntry entry) {
            return new DiscountView(entry.model(), messages, counter::confirmDiscount, counter::closeSheet);
        }
        if (sheet instanceof Sheet.OpenOrders orders) {
            return new OpenOrdersView(orders.model(), messages, counter::closeSheet);
        }
        if (sheet instanceof Sheet.Payment payment) {
            return new PaymentView(payment.model(), messages);
        }
        return new RewardsView(counter, messages);
    }

    private void focus() {
        if (sheetView instanceof PaymentView payment) {
            payment.focusCash();
        } else if (sheetView instanceof DiscountView discount) {
            discount.focusValue();
        } else if (sheetView instanceof NoteView note) {
            note.focusText();
        } else if (sheetView instanceof OpenOrdersView orders) {
            orders.focusSheet();
        } else if (sheetView == null) {
            menu.searchField().requestFocus();
        } else if (sheetView instanceof javafx.scene.Parent parent) {
            SheetKeys.focusFirst(parent);
        }
    }
}
