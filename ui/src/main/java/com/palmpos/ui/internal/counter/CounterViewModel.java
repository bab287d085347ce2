package com.palmpos.ui.internal.counter;

import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.payment.AuditLogPalmPaymentAudit;
import com.palmpos.ui.internal.payment.CardReader;
import com.palmpos.ui.internal.payment.Delay;
import com.palmpos.ui.internal.payment.FxDelay;
import com.palmpos.ui.internal.payment.PalmPaymentAudit;
import com.palmpos.ui.internal.payment.PaymentSettings;
import com.palmpos.ui.internal.payment.PaymentViewModel;
import com.palmpos.ui.internal.payment.SimulatedCardReader;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The counter screen: menu, order and customer panels side by side, and the sheet over the menu. UI thread only. */
public final class CounterViewModel {

    /** How payments are taken at this counter: card terminal, palm audit hook, timings. */
    public record PaymentPorts(CardReader cardReader, PalmPaymentAudit audit, Delay delay, PaymentSettings settings) {

        /**
         * The simulated card reader, palm payments audited in the terminal's audit log (issue #8), FX timers and
         * default timings.
         */
        public static PaymentPorts defaults(CounterServices services) {
            return new PaymentPorts(new SimulatedCardReader(),
                    new AuditLogPalmPaymentAudit(services.audit(), services.staffId()), new FxDelay(),
                    PaymentSettings.defaults());
        }
    }

    private final MenuPanelViewModel menu;
    private final OrderPanelViewModel order;
    private final CustomerPanelViewModel customer;
    private final OrderEditor editor;
    private final PaymentPorts payment;
    private final ObjectProperty<Sheet> sheet = new SimpleObjectProperty<>(this, "sheet");

    private final CounterSession session;

    public CounterViewModel(CounterSession session) {
        this(session, PaymentPorts.defaults(session.services()));
    }

    public CounterViewModel(CounterSession session, PaymentPorts payment) {
        this.session = session;
        this.payment = payment;
        Messages messages = session.messages();
        this.editor = new OrderEditor(session);
        this.menu = new MenuPanelViewModel(messages, session.services().menus(),
                session.services().settings().storeId(), this::choose);
        this.order = new OrderPanelViewModel(session, editor);
        this.customer = new CustomerPanelViewModel(session);
        // a paid or voided sale closes whatever was open for it
        session.orderProperty().addListener((obs, old, now) -> {
            if (now == null && !(sheet.get() instanceof Sheet.Payment)) {
                sheet.set(null);
            }
        });
    }

    public CounterSession session() {
        return session;
    }

    public MenuPanelViewModel menu() {
        return menu;
    }

    public OrderPanelViewModel order() {
        return order;
    }

    public CustomerPanelViewModel customer() {
        return customer;
    }

    /** The step covering the menu, or null while the menu shows. */
    public ObjectProperty<Sheet> sheetProperty() {
        return sheet;
    }

    public void closeSheet() {
        sheet.set(null);
    }

    /** Opens the choices of {@code item}, or adds it at once when it has none. */
    public void choose(MenuItem item) {
        if (editor.busyProperty().get()) {
            return;
        }
        if (ItemChoiceViewModel.hasChoices(item)) {
            sheet.set(new Sheet.ItemChoice(new ItemChoiceViewModel(item, session.services().menus().menu(),
                    session.services().settings().storeId(), session.messages())));
        } else {
            editor.add(LineRequest.of(item.id(), null), item.name());
        }
    }

    /** Adds the line the open item sheet describes; keeps the sheet open while something is missing. */
    public void confirmChoice() {
        if (sheet.get() instanceof Sheet.ItemChoice choice) {
            choice.model().request().ifPresent(request -> {
                editor.add(request, choice.model().item().name());
                sheet.set(null);
            });
        }
    }

    public void openDiscount() {
        if (hasLines()) {
            sheet.set(new Sheet.DiscountEntry(new DiscountViewModel(session.messages(),
                    session.services().menus().menu().currency(), order.selected().isPresent())));
        }
    }

    /** Applies the open discount sheet's discount to the selected line or the order. */
    public void confirmDiscount() {
        if (sheet.get() instanceof Sheet.DiscountEntry entry) {
            DiscountViewModel model = entry.model();
            model.discount().ifPresent(discount -> {
                if (model.wholeOrderProperty().get() || order.selected().isEmpty()) {
                    editor.discountOrder(discount);
                } else {
                    editor.discountLine(order.selected().get().lineId(), discount);
                }
                sheet.set(null);
            });
        }
    }

    public void openRewards() {
        if (hasLines()) {
            sheet.set(new Sheet.Rewards());
        }
    }

    public void redeem(String rewardId, String rewardName) {
        editor.redeem(rewardId, rewardName);
        sheet.set(null);
    }

    /** Opens the pay screen for the order's balance. */
    public void openPayment() {
        if (!hasLines() || editor.busyProperty().get()) {
            return;
        }
        sheet.set(new Sheet.Payment(paymentModel(this::closeSheet)));
    }

    /** A pay sheet's model over this counter's payment ports; {@code onClose} runs when the sheet closes. */
    PaymentViewModel paymentModel(Runnable onClose) {
        return new PaymentViewModel(session, payment.cardReader(), payment.audit(), payment.delay(),
                payment.settings(), onClose);
    }

    private boolean hasLines() {
        Order current = session.orderProperty().get();
        return current != null && !current.lines().isEmpty();
    }
}
