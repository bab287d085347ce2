package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.pos.menu.Combo;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.port.CardTerminal;
import com.palmpos.ui.internal.payment.Delay;
import com.palmpos.ui.internal.payment.FxDelay;
import com.palmpos.ui.internal.payment.PalmPaymentAudit;
import com.palmpos.ui.internal.payment.PaymentSettings;
import com.palmpos.ui.internal.payment.PaymentViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The counter screen: menu, order and customer panels side by side, and the sheet over the menu. UI thread only. */
public final class CounterViewModel {

    /** How payments are taken at this counter: card terminal, palm audit hook, timings. */
    public record PaymentPorts(CardTerminal cardReader, PalmPaymentAudit audit, Delay delay, PaymentSettings settings) {

        /**
         * The services' card terminal, palm payments logged (their one audit entry is written by
         * {@code PalmPayments}), FX timers and default timings.
         */
        public static PaymentPorts defaults(CounterServices services) {
            return new PaymentPorts(services.cards(), PalmPaymentAudit.LOGGING, new FxDelay(),
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
                session.services().settings().storeId(), this::choose, this::chooseDeal);
        // a menu pulled from the cloud replaces the grid's (the pull runs on a background thread)
        session.services().menus().addListener(next -> session.tasks().runOnUiThread(menu::menuChanged));
        this.order = new OrderPanelViewModel(session, editor);
        this.customer = new CustomerPanelViewModel(session);
        // switching customers mid-change or mid-payment would hand the result to the wrong order
        customer.blockSwitchWhile(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> editor.busyProperty().get() || sheet.get() instanceof Sheet.Payment,
                editor.busyProperty(), sheet));
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

    /** Opens the choices of a meal deal. */
    public void chooseDeal(Combo deal) {
        if (editor.busyProperty().get()) {
            return;
        }
        var menus = session.services().menus();
        sheet.set(new Sheet.MealDeal(new MealDealViewModel(deal, menus.menu(), session.services().settings().storeId(),
                session.messages(), menus::isAvailable)));
    }

    /** Adds the meal deal the open deal sheet describes; keeps the sheet open while a choice is missing. */
    public void confirmDeal() {
        if (sheet.get() instanceof Sheet.MealDeal deal) {
            deal.model().request().ifPresent(request -> {
                editor.addDeal(request, deal.model().deal().name());
                sheet.set(null);
            });
        }
    }

    /** Opens the note of the selected line; a line the kitchen already has keeps its note, and the cashier is told. */
    public void openLineNote() {
        order.selected().ifPresent(line -> {
            if (line.sent()) {
                editor.refuse(session.messages().get("counter.note.sent", line.name()));
            } else {
                sheet.set(new Sheet.NoteEntry(
                        NoteViewModel.forLine(line.lineId(), line.name(), line.note(), session.messages())));
            }
        });
    }

    /** Opens the order's own note (name, table, an order-wide wish); needs an open order. */
    public void openOrderNote() {
        Order current = session.orderProperty().get();
        if (current != null) {
            sheet.set(new Sheet.NoteEntry(NoteViewModel.forOrder(current.label(), session.messages())));
        }
    }

    /** Saves the open note sheet's note. */
    public void confirmNote() {
        if (sheet.get() instanceof Sheet.NoteEntry entry) {
            NoteViewModel model = entry.model();
            model.note().ifPresent(note -> {
                if (model.forOrder()) {
                    editor.changeOrderNote(note);
                } else {
                    editor.changeNote(model.lineId(), note);
                }
                sheet.set(null);
            });
        }
    }

    /** Enter on the open sheet: adds, applies or saves it; false when the sheet has no such action. */
    public boolean confirmSheet() {
        Sheet open = sheet.get();
        if (open instanceof Sheet.ItemChoice) {
            confirmChoice();
        } else if (open instanceof Sheet.MealDeal) {
            confirmDeal();
        } else if (open instanceof Sheet.DiscountEntry) {
            confirmDiscount();
        } else if (open instanceof Sheet.NoteEntry) {
            confirmNote();
        } else {
            return false;
        }
        return true;
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

    /** Opens the list of this terminal's open orders of today (read on the task runner); not while a change runs. */
    public void openOpenOrders() {
        if (editor.busyProperty().get()) {
            return;
        }
        OpenOrdersViewModel model = new OpenOrdersViewModel(session, editor, this::closeSheet);
        sheet.set(new Sheet.OpenOrders(model));
        model.load();
    }

    /** Opens the pay screen for the order's balance. */
    public void openPayment() {
        if (!hasLines() || editor.busyProperty().get()
                || !session.orderProperty().get().balanceDue().isPositive()) {
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
