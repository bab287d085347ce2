package com.palmpos.ui.internal.counter;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.loyalty.Reward;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The rewards sheet: the catalogue as a numbered row of buttons (a digit or Enter on the focused one redeems);
 * redeeming needs the served customer (scanned or looked up).
 */
final class RewardsView extends VBox {

    RewardsView(CounterViewModel counter, Messages messages) {
        setId("rewards");
        getStyleClass().addAll("panel", "sheet");
        Label title = new Label(messages.get("counter.rewards.title"));
        title.getStyleClass().add("panel-title");
        CustomerProfile customer = counter.session().customerProperty().get();
        Label who = new Label(customer == null ? messages.get("counter.rewards.needCustomer")
                : messages.get("counter.rewards.for", customer.greetingName()));
        who.setId("rewards-customer");
        who.setWrapText(true);
        FlowPane list = new FlowPane();
        list.getStyleClass().add("choice-options");
        for (Reward reward : counter.session().services().loyalty().rewards()) {
            Button button = Buttons.of("reward-" + reward.id(),
                    messages.get("counter.rewards.item", reward.name(), reward.points()),
                    () -> counter.redeem(reward.id(), reward.name()));
            button.setDisable(customer == null);
            list.getChildren().add(button);
        }
        SheetKeys.numberedRow(list);
        Button close = Buttons.of("rewards-close", messages.get("counter.cancel"), CounterShortcuts.CANCEL, messages,
                counter::closeSheet);
        VBox body = new VBox(who, list, ItemChoiceView.keysHint(messages));
        body.getStyleClass().add("sheet-body");
        getChildren().addAll(title, body, close);
    }
}
