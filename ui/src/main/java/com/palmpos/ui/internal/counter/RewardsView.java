package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.fx.Buttons;
import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.loyalty.Reward;
import com.palmpos.ui.internal.customer.RecognitionState;
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
        long points = points(counter, customer);
        Label who = new Label(customer == null ? messages.get("counter.rewards.needCustomer")
                : messages.get("counter.rewards.forPoints", customer.greetingName(), points));
        who.setId("rewards-customer");
        who.setWrapText(true);
        FlowPane list = new FlowPane();
        list.getStyleClass().add("choice-options");
        for (Reward reward : counter.session().services().loyalty().rewards()) {
            boolean affordable = customer != null && reward.points() <= points;
            // a reward the customer cannot afford yet is shown as such, never as one to redeem
            Button button = Buttons.of("reward-" + reward.id(), affordable || customer == null
                    ? messages.get("counter.rewards.item", reward.name(), reward.points())
                    : messages.get("counter.rewards.itemShort", reward.name(), reward.points(), reward.points() - points),
                    () -> counter.redeem(reward.id(), reward.name()));
            button.setDisable(!affordable);
            list.getChildren().add(button);
        }
        SheetKeys.numberedRow(list);
        Button close = Buttons.of("rewards-close", messages.get("counter.cancel"), CounterShortcuts.CANCEL, messages,
                counter::closeSheet);
        VBox body = new VBox(who, list, ItemChoiceView.keysHint(messages));
        body.getStyleClass().add("sheet-body");
        getChildren().addAll(title, body, close);
    }

    /** The served customer's points as last read off the FX thread (the panel's snapshot), else their profile's. */
    private static long points(CounterViewModel counter, CustomerProfile customer) {
        if (customer == null) {
            return 0;
        }
        if (counter.customer().stateProperty().get() instanceof RecognitionState.Recognised recognised
                && recognised.customer().customerId().equals(customer.customerId())) {
            return recognised.customer().points();
        }
        return customer.pointsBalance();
    }
}
