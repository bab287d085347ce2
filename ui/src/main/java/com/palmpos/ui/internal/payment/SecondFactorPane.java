package com.palmpos.ui.internal.payment;

import com.palmpos.ui.internal.fx.Buttons;
import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The second-factor step of the pay sheet: the cashier types the last four digits of the customer's phone (masked,
 * so people in the queue cannot read them) on the keyboard or the on-screen keypad, Enter pays, Esc falls back to
 * card or cash. FX thread only.
 */
final class SecondFactorPane extends VBox {
    private final PasswordField digits = new PasswordField();

    SecondFactorPane(PaymentViewModel model, Messages messages) {
        setId("payment-second-factor");
        getStyleClass().add("sheet-body");
        digits.setId("second-factor-digits");
        digits.setPromptText(messages.get("counter.payment.secondFactor.field"));
        digits.textProperty().bindBidirectional(model.secondFactorDigitsProperty());
        // four digits at most: the policy compares all four, a fifth keystroke is a typo
        digits.setTextFormatter(new javafx.scene.control.TextFormatter<String>(
                change -> change.getControlNewText().matches("[0-9]{0,4}") ? change : null));
        GridPane keypad = new GridPane();
        keypad.setId("second-factor-keypad");
        keypad.getStyleClass().add("keypad");
        for (int d = 1; d <= 10; d++) {
            String digit = Integer.toString(d % 10);
            keypad.add(Buttons.of("second-factor-key-" + digit, digit, () -> type(digit)), d == 10 ? 1 : (d - 1) % 3,
                    (d - 1) / 3);
        }
        keypad.add(Buttons.of("second-factor-clear", messages.get("counter.payment.secondFactor.clear"),
                () -> digits.setText("")), 2, 3);
        HBox actions = new HBox(
                Buttons.primary("second-factor-pay", messages.get("counter.payment.secondFactor.pay"),
                        CounterShortcuts.CONFIRM, messages, model::confirmSecondFactor),
                Buttons.of("second-factor-cancel", messages.get("counter.cancel"), CounterShortcuts.CANCEL, messages,
                        model::cancelPalm));
        actions.getStyleClass().add("sheet-actions");
        getChildren().addAll(new Label(messages.get("counter.payment.secondFactor.prompt")), digits, keypad, actions);
        disableProperty().bind(model.busyProperty());
        visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                digits.requestFocus();
            }
        });
    }

    private void type(String digit) {
        digits.appendText(digit);
        digits.requestFocus();
        digits.end();
    }
}
