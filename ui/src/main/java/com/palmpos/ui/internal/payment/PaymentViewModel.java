package com.palmpos.ui.internal.payment;

import com.palmpos.ui.port.CardTerminal;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.payment.PaymentOutcome;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pay screen: takes the session's order balance by cash (amount given, change), card (the card reader) or the
 * identified customer's palm (their linked card; above the configured amount also the last four digits of the
 * customer's phone, typed by the cashier), optionally a tip and an even split; then the receipt choice,
 * the thank-you on the customer display and a fresh session. Every service call runs on the task runner while
 * {@link #busyProperty()} is true. FX thread only; testable without a toolkit.
 */
public final class PaymentViewModel {

    /** Where the pay screen is. */
    public enum Step { CHOOSE, PALM_WAIT, SECOND_FACTOR, RECEIPT }

    /** How the message should look: plain, an error, or the offline warning. */
    public enum Tone { INFO, ERROR, OFFLINE }

    private final CounterSession session;
    private final CounterServices services;
    private final Messages messages;
    private final MoneyText money;
    private final CardTerminal cardReader;
    private final PalmCheckout palm;
    private final Runnable onClose;
    private final SaleEnd saleEnd;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.CHOOSE);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone", Tone.INFO);
    private final StringProperty dueText = new SimpleStringProperty(this, "dueText", "");
    private final TenderInput input;
    private final StringProperty changeText = new SimpleStringProperty(this, "changeText", "");
    private final IntegerProperty splitParts = new SimpleIntegerProperty(this, "splitParts", 1);
    private final ObservableList<Money> quickCash = FXCollections.observableArrayList();
    private final BooleanProperty palmAvailable = new SimpleBooleanProperty(this, "palmAvailable");
    private final javafx.beans.value.ChangeListener<CustomerProfile> customerChanged = (obs, old, now) -> refresh();
    private int partsPaid;

    public PaymentViewModel(CounterSession session, CardTerminal cardReader, PalmPaymentAudit audit, Delay delay,
            PaymentSettings settings, Runnable onClose) {
        this.session = session;
        this.services = session.services();
        this.messages = session.messages();
        this.money = new MoneyText(messages.locale());
        this.cardReader = cardReader;
        this.onClose = onClose;
        this.saleEnd = new SaleEnd(session, delay, settings);
        this.input = new TenderInput(services.menus().menu().currency());
        this.palm = new PalmCheckout(this, session, audit, delay, settings);
        splitParts.addListener((obs, old, parts) -> refresh());
        input.tipProperty().addListener((obs, old, text) -> refresh());
        session.customerProperty().addListener(customerChanged);
        refresh();
        showDueOnDisplay();
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Tone> toneProperty() {
        return tone;
    }

    /** "To pay: $12.34" (this part of a split, tip included). */
    public StringProperty dueTextProperty() {
        return dueText;
    }

    /** What the cashier typed as cash handed over. */
    public StringProperty cashGivenProperty() {
        return input.cashGivenProperty();
    }

    /** Optional tip, typed; empty means none. */
    public StringProperty tipProperty() {
        return input.tipProperty();
    }

    /** Change due after the last cash payment; empty before it. */
    public StringProperty changeTextProperty() {
        return changeText;
    }

    /** The last four digits of the customer's phone, typed by the cashier on the second-factor step. */
    public StringProperty secondFactorDigitsProperty() {
        return palm.digitsProperty();
    }

    /** How many equal parts the bill is paid in (1 = no split). */
    public IntegerProperty splitPartsProperty() {
        return splitParts;
    }

    public ObservableList<Money> quickCash() {
        return quickCash;
    }

    /** True when the served customer has a card linked to their palm. */
    public BooleanProperty palmAvailableProperty() {
        return palmAvailable;
    }

    public String format(Money amount) {
        return money.format(amount);
    }

    /** The amount this payment covers: the balance, or the next part of an even split. Tip excluded. */
    public Money amountNow() {
        Order order = session.orderProperty().get();
        int partsLeft = Math.max(1, splitParts.get() - partsPaid);
        return order.balanceDue().allocate(partsLeft).get(0);
    }

    /** Cash: the typed amount pays this part (plus tip); whatever is over is change. */
    public void payCash() {
        Money given;
        Money tipAmount;
        try {
            given = input.cash();
            tipAmount = input.tip();
        } catch (IllegalArgumentException e) {
            show(messages.get("counter.payment.cash.invalid"), Tone.ERROR);
            return;
        }
        Money part = amountNow();
        if (given.compareTo(tipAmount) < 0 || given.isZero()) {
            show(messages.get("counter.payment.cash.tooLittle", money.format(part.plus(tipAmount))), Tone.ERROR);
            return;
        }
        // a split part takes only its share: the rest of the cash goes back as change
        Money taken = given.min(part.plus(tipAmount));
        Money extra = given.minus(taken);
        String orderId = orderId();
        run("pay cash", () -> services.payments().payCash(orderId, taken, tipAmount), outcome -> {
            Money change = outcome.change().plus(extra);
            changeText.set(messages.get("counter.payment.cash.change", money.format(change)));
            input.cashGivenProperty().set("");
            accepted(outcome, CompanionPage.Payment.paidCash(taken, change));
        });
    }

    /** Quick-cash button: that amount handed over. */
    public void payCash(Money given) {
        input.cashGivenProperty().set(given.toPlainString());
        payCash();
    }

    /** Card: the reader reads the card, the gateway authorises this part plus tip. */
    public void payCard() {
        Money tipAmount = typedTip();
        if (tipAmount == null) {
            return;
        }
        Money part = amountNow();
        String orderId = orderId();
        run("pay card", () -> services.payments().payCard(orderId, cardReader.read(), part, tipAmount), this::charged);
    }

    /** Palm: shows "pay with your palm" to the customer and waits for their palm (or the timeout). */
    public void payPalm() {
        palm.start(amountNow().plus(input.tipOrZero()));
    }

    /** Back from waiting for a palm, or from the second factor, to the choice of card or cash (Esc). */
    public void cancelPalm() {
        palm.cancel();
    }

    /** Second factor: charges the waiting palm payment with the digits typed (Enter). Needs exactly four digits. */
    public void confirmSecondFactor() {
        palm.confirmSecondFactor();
    }

    /** Whether the terminal has a printer set up (else the receipt step offers no printing). Cheap. */
    public boolean printerSetUp() {
        return services.printer().isSetUp();
    }

    /** Prints the receipt, then finishes the sale. A print failure is shown and the sale stays on this step. */
    public void printReceipt() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        show(messages.get("counter.payment.receipt.printing"), Tone.INFO);
        saleEnd.printReceipt(() -> {
            busy.set(false);
            finish();
        }, failure -> {
            busy.set(false);
            show(messages.get("counter.payment.receipt.failed", session.errors().describe(failure)), Tone.ERROR);
        });
    }

    /** No receipt: finishes the sale. */
    public void noReceipt() {
        finish();
    }

    /** Closes the pay screen without paying (Esc); part payments stay on the order. */
    public void close() {
        if (busy.get() || step.get() == Step.RECEIPT) {
            return;
        }
        palm.stop();
        Order order = session.orderProperty().get();
        if (order != null) {
            session.companionPageProperty().set(new CompanionPage.Cart(order));
        }
        leave();
    }

    void charged(PaymentOutcome outcome) {
        switch (outcome.status()) {
            case APPROVED, STORED_OFFLINE -> accepted(outcome, CompanionPage.Payment.approved(paidBy(outcome)));
            case DECLINED -> declined(messages.get("counter.payment.card.declined",
                    session.errors().text(outcome.refusal())));
            case REFUSED_OFFLINE -> declined(messages.get("counter.payment.card.refusedOffline",
                    session.errors().text(outcome.refusal())));
        }
    }

    /** The customer display tells what was paid: approved, or paid with the change; the next part's due after. */
    private void accepted(PaymentOutcome outcome, CompanionPage.Payment paid) {
        session.orderProperty().set(outcome.order());
        partsPaid++;
        boolean offline = outcome.status() == PaymentOutcome.Status.STORED_OFFLINE;
        Order order = outcome.order();
        if (order.balanceDue().isPositive()) {
            step.set(Step.CHOOSE);
            show(messages.get(offline ? "counter.payment.partOffline" : "counter.payment.part", money.format(order.balanceDue())),
                    offline ? Tone.OFFLINE : Tone.INFO);
            refresh();
            // a part paid in cash with change: the customer sees their change; else what is still due
            if (paid.change().isPositive()) {
                session.companionPageProperty().set(new CompanionPage.Cart(order, paid));
            } else {
                showDueOnDisplay();
            }
        } else {
            step.set(Step.RECEIPT);
            show(messages.get(offline ? "counter.payment.doneOffline" : "counter.payment.done"), offline ? Tone.OFFLINE : Tone.INFO);
            session.companionPageProperty().set(new CompanionPage.Cart(order, paid));
            refresh();
        }
    }

    /** What the last gateway tender took (amount and tip); the order's tenders end with it. */
    private static Money paidBy(PaymentOutcome outcome) {
        var tenders = outcome.order().tenders();
        var last = tenders.get(tenders.size() - 1);
        return last.amount().plus(last.tip());
    }

    /** The customer display shows the order with what is due now (this part, tip included). */
    void showDueOnDisplay() {
        Order order = session.orderProperty().get();
        if (order != null && order.balanceDue().isPositive()) {
            session.companionPageProperty().set(new CompanionPage.Cart(order,
                    CompanionPage.Payment.due(amountNow().plus(input.tipOrZero()))));
        }
    }

    void declined(String text) {
        fallBack(text);
        session.companionPageProperty().set(new CompanionPage.Message(messages.get("counter.payment.companion.declined"),
                messages.get("counter.payment.companion.otherWay")));
    }

    void fallBack(String text) {
        step.set(Step.CHOOSE);
        show(text, Tone.ERROR);
    }

    private void finish() {
        saleEnd.finish();
        leave();
    }

    /** The session outlives this sheet: stop listening to it, then close. */
    private void leave() {
        session.customerProperty().removeListener(customerChanged);
        onClose.run();
    }

    <T> void run(String name, Callable<T> work, java.util.function.Consumer<T> onDone) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        show(messages.get("counter.payment.working"), Tone.INFO);
        session.tasks().run(name, work, outcome -> {
            busy.set(false);
            onDone.accept(outcome);
        }, failure -> {
            busy.set(false);
            fallBack(messages.get("counter.payment.failed", session.errors().describe(failure)));
        });
    }

    private void refresh() {
        Order order = session.orderProperty().get();
        if (order == null) {
            return;
        }
        Money due = amountNow().plus(input.tipOrZero());
        dueText.set(messages.get(splitParts.get() > 1 ? "counter.payment.duePart" : "counter.payment.due", money.format(due),
                Math.min(partsPaid + 1, splitParts.get()), splitParts.get()));
        quickCash.setAll(QuickCash.suggest(due));
        CustomerProfile customer = session.customerProperty().get();
        palmAvailable.set(customer != null && customer.card() != null);
        if (session.companionPageProperty().get() instanceof CompanionPage.Cart cart
                && cart.payment().state() == CompanionPage.Payment.State.DUE && cart.order().id().equals(order.id())) {
            showDueOnDisplay();
        }
    }

    /** The typed tip, or null after telling the cashier it cannot be read. */
    Money typedTip() {
        try {
            return input.tip();
        } catch (IllegalArgumentException e) {
            show(messages.get("counter.payment.tip.invalid"), Tone.ERROR);
            return null;
        }
    }

    void show(String text, Tone kind) {
        message.set(text);
        tone.set(kind);
    }

    String orderId() {
        return session.orderProperty().get().id();
    }
}
