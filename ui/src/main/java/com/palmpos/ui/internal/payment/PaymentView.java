package com.palmpos.ui.internal.payment;

import com.palmpos.pos.money.Money;
import com.palmpos.ui.internal.fx.Buttons;
import com.palmpos.ui.internal.fx.CounterShortcuts;
import com.palmpos.ui.internal.fx.SheetKeys;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.payment.PaymentViewModel.Step;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The pay sheet: the amount due; cash with quick-cash notes, card and palm; tip and even split; while waiting for a
 * palm a cancel; above the second-factor amount the keypad for the last four digits of the customer's phone; after
 * payment the receipt choice. Keys: F10 cash, F11 card, F6 palm, Enter pays the typed cash (or the typed digits), Esc
 * backs out, P/N print or skip the receipt; Down from the cash field reaches the quick-cash notes and card/palm
 * ({@link SheetKeys}), where Enter presses the focused one.
 */
public final class PaymentView extends VBox {

    private final PaymentViewModel model;
    private final TextField cash = new TextField();

    public PaymentView(PaymentViewModel model, Messages messages) {
        this.model = model;
        setId("payment");
        getStyleClass().addAll("panel", "sheet", "payment");
        Label title = new Label(messages.get("counter.payment.title"));
        title.getStyleClass().add("panel-title");
        Label due = new Label();
        due.setId("payment-due");
        due.getStyleClass().add("payment-due");
        due.textProperty().bind(model.dueTextProperty());

        VBox choose = choose(messages);
        VBox palm = new VBox(new Label(messages.get("counter.payment.palm.prompt")),
                Buttons.of("palm-cancel", messages.get("counter.cancel"), CounterShortcuts.CANCEL, messages,
                        model::cancelPalm));
        palm.setId("payment-palm-wait");
        palm.getStyleClass().add("sheet-body");
        // with no printer set up (printer.kind=none) printing is not offered; the question says why
        boolean printer = model.printerSetUp();
        Label question = new Label(messages.get(printer ? "counter.payment.receipt.question"
                : "counter.payment.receipt.noPrinter"));
        question.setId("payment-receipt-question");
        question.setWrapText(true);
        HBox choices = new HBox(Buttons.of("receipt-none", messages.get("counter.payment.receipt.none"),
                CounterShortcuts.NO_RECEIPT, messages, model::noReceipt));
        if (printer) {
            choices.getChildren().add(0, Buttons.primary("receipt-print", messages.get("counter.payment.receipt.print"),
                    CounterShortcuts.PRINT, messages, model::printReceipt));
        }
        VBox receipt = new VBox(question, choices);
        receipt.setId("payment-receipt");
        receipt.getStyleClass().add("sheet-body");
        receipt.disableProperty().bind(model.busyProperty());
        showOnStep(choose, Step.CHOOSE);
        showOnStep(palm, Step.PALM_WAIT);
        showOnStep(receipt, Step.RECEIPT);
        SecondFactorPane secondFactor = new SecondFactorPane(model, messages);
        showOnStep(secondFactor, Step.SECOND_FACTOR);

        Label change = new Label();
        change.setId("payment-change");
        change.getStyleClass().add("payment-change");
        change.textProperty().bind(model.changeTextProperty());
        getChildren().addAll(title, due, choose, palm, secondFactor, receipt, change, status());
    }

    /** Handles the pay sheet's keys; true when used. */
    public boolean handleKey(KeyEvent event) {
        Step step = model.stepProperty().get();
        if (CounterShortcuts.CANCEL.match(event)) {
            if (step == Step.PALM_WAIT || step == Step.SECOND_FACTOR) {
                model.cancelPalm();
            } else {
                model.close();
            }
            return true;
        }
        if (model.busyProperty().get()) {
            return false;
        }
        if (step == Step.RECEIPT) {
            if (CounterShortcuts.PRINT.match(event) && model.printerSetUp()) {
                model.printReceipt();
                return true;
            }
            if (CounterShortcuts.NO_RECEIPT.match(event)) {
                model.noReceipt();
                return true;
            }
            return false;
        }
        if (step == Step.SECOND_FACTOR && CounterShortcuts.CONFIRM.match(event)) {
            model.confirmSecondFactor();
            return true;
        }
        if (step != Step.CHOOSE) {
            return false;
        }
        if (CounterShortcuts.CASH.match(event)) {
            cash.requestFocus();
            if (!cash.getText().isBlank()) {
                model.payCash();
            }
            return true;
        }
        if (CounterShortcuts.CONFIRM.match(event) && cash.isFocused()) {
            model.payCash();
            return true;
        }
        if (CounterShortcuts.CARD.match(event)) {
            model.payCard();
            return true;
        }
        if (CounterShortcuts.PALM.match(event)) {
            model.payPalm();
            return true;
        }
        return false;
    }

    /** Puts the cursor in the cash field (when the sheet opens). */
    public void focusCash() {
        cash.requestFocus();
    }

    private VBox choose(Messages messages) {
        cash.setId("cash-given");
        cash.setPromptText(messages.get("counter.payment.cash.given"));
        cash.textProperty().bindBidirectional(model.cashGivenProperty());
        FlowPane quick = SheetKeys.row(new FlowPane());
        quick.setId("quick-cash");
        quick.getStyleClass().add("quick-cash");
        Runnable drawQuick = () -> {
            quick.getChildren().clear();
            for (int i = 0; i < model.quickCash().size(); i++) {
                Money amount = model.quickCash().get(i);
                quick.getChildren().add(Buttons.of("quick-cash-" + i, model.format(amount),
                        () -> model.payCash(amount)));
            }
        };
        model.quickCash().addListener((javafx.collections.ListChangeListener<Money>) c -> drawQuick.run());
        drawQuick.run();
        Button payCash = Buttons.primary("pay-cash", messages.get("counter.payment.cash"), CounterShortcuts.CASH, messages,
                model::payCash);
        Button payCard = Buttons.of("pay-card", messages.get("counter.payment.card"), CounterShortcuts.CARD, messages,
                model::payCard);
        Button payPalm = Buttons.of("pay-palm", messages.get("counter.payment.palm"), CounterShortcuts.PALM, messages,
                model::payPalm);
        // stays pressable: pressed without a linked card it says why, which a greyed-out button cannot
        Runnable markPalm = () -> {
            payPalm.getStyleClass().remove("unavailable");
            if (!model.palmAvailableProperty().get()) {
                payPalm.getStyleClass().add("unavailable");
            }
        };
        model.palmAvailableProperty().addListener((obs, old, now) -> markPalm.run());
        markPalm.run();
        TextField tip = new TextField();
        tip.setId("tip");
        tip.setPromptText(messages.get("counter.payment.tip"));
        tip.textProperty().bindBidirectional(model.tipProperty());
        Label parts = new Label();
        parts.setId("split-parts");
        parts.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("counter.payment.split.parts", model.splitPartsProperty().get()),
                model.splitPartsProperty()));
        HBox split = new HBox(new Label(messages.get("counter.payment.split")),
                Buttons.of("split-minus", "\u2212", () -> model.splitPartsProperty().set(
                        Math.max(1, model.splitPartsProperty().get() - 1))),
                parts,
                Buttons.of("split-plus", "+", () -> model.splitPartsProperty().set(
                        Math.min(20, model.splitPartsProperty().get() + 1))));
        split.getStyleClass().add("split-row");
        Button back = Buttons.of("payment-close", messages.get("counter.payment.back"), CounterShortcuts.CANCEL, messages,
                model::close);
        VBox box = new VBox(new HBox(cash, payCash), quick, SheetKeys.row(new HBox(payCard, payPalm)), new HBox(tip, split),
                back);
        box.setId("payment-choose");
        box.getStyleClass().add("sheet-body");
        box.disableProperty().bind(model.busyProperty());
        return box;
    }

    private HBox status() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("payment-busy");
        spinner.getStyleClass().add("busy");
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("payment-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.toneProperty().addListener((obs, old, tone) -> {
            message.getStyleClass().removeAll("error", "offline");
            if (tone != PaymentViewModel.Tone.INFO) {
                message.getStyleClass().add(tone.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        HBox row = new HBox(spinner, message);
        row.getStyleClass().add("payment-status");
        return row;
    }

    private void showOnStep(Node node, Step step) {
        node.visibleProperty().bind(model.stepProperty().isEqualTo(step));
        node.managedProperty().bind(node.visibleProperty());
    }
}
