package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.ComboRequest;
import com.palmpos.pos.order.Discount;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.print.PrintFailedException;
import com.palmpos.pos.print.TicketFormatter;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.i18n.TicketTexts;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Changes the session's order through the order and loyalty services, one change at a time on the task runner:
 * {@link #busyProperty()} is true while a change runs (the screen disables its buttons and shows "working"), and
 * the result lands in the session (and on the customer display) or becomes a message for the cashier. The first item
 * opens the order. FX thread only.
 */
public final class OrderEditor {

    /** What a finished change says besides the new order: a warning for the cashier, or empty. */
    private record Changed(Order order, String warning) {
    }

    private final CounterSession session;
    private final Messages messages;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(this, "messageIsError");
    private final ObjectProperty<ServiceMode> mode = new SimpleObjectProperty<>(this, "mode", ServiceMode.DINE_IN);

    public OrderEditor(CounterSession session) {
        this.session = session;
        this.messages = session.messages();
        session.orderProperty().addListener((obs, old, order) -> {
            if (order != null) {
                mode.set(order.mode());
            }
        });
        session.customerProperty().addListener((obs, old, customer) -> attach(customer));
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The last outcome for the cashier ("Sent to the kitchen", or why a change was refused); empty when none. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    /** Dine-in or takeout: of the order, or of the next one while none is open. */
    public ObjectProperty<ServiceMode> modeProperty() {
        return mode;
    }

    /** Adds a line, opening the order (with the served customer) if there is none yet. */
    public void add(LineRequest request, String itemName) {
        addLine("add item", (orders, orderId) -> orders.addItem(orderId, request), itemName);
    }

    /** Adds a meal deal as one line (the order service prices it), opening the order if there is none yet. */
    public void addDeal(ComboRequest request, String dealName) {
        addLine("add meal deal", (orders, orderId) -> orders.addCombo(orderId, request), dealName);
    }

    private void addLine(String name, OrderChange adding, String itemName) {
        Order current = session.orderProperty().get();
        ServiceMode openMode = mode.get();
        CustomerProfile customer = session.customerProperty().get();
        CounterServices services = session.services();
        change(name, () -> {
            if (current != null) {
                return new Changed(adding.apply(services.orders(), current.id()), "");
            }
            Order opened = services.orders().open(openMode, "", services.staffId());
            if (customer != null) {
                opened = services.orders().attachCustomer(opened.id(), customer.customerId());
            }
            try {
                return new Changed(adding.apply(services.orders(), opened.id()), "");
            } catch (RuntimeException refused) {
                // keep the order just opened (it is in the store) and say why the item is not on it
                return new Changed(opened, messages.get("counter.error", session.errors().describe(refused)));
            }
        }, messages.get("counter.order.added", itemName));
    }

    /** Sets the kitchen note of an unsent line; empty clears it. */
    public void changeNote(String lineId, String note) {
        onOrder("change note", (orders, id) -> orders.changeNote(id, lineId, note), messages.get("counter.note.saved"));
    }

    /** Sets the order's own note (its label on the kitchen ticket); empty clears it. */
    public void changeOrderNote(String note) {
        onOrder("change order note", (orders, id) -> orders.changeLabel(id, note), messages.get("counter.note.saved"));
    }

    public void changeQuantity(String lineId, int quantity) {
        if (quantity < 1) {
            remove(lineId);
            return;
        }
        onOrder("change quantity", (orders, id) -> orders.changeQuantity(id, lineId, quantity), "");
    }

    public void remove(String lineId) {
        onOrder("remove line", (orders, id) -> orders.removeLine(id, lineId), messages.get("counter.order.removed"));
    }

    public void discountLine(String lineId, Discount discount) {
        onOrder("discount line", (orders, id) -> orders.discountLine(id, lineId, discount),
                messages.get("counter.discount.applied"));
    }

    public void discountOrder(Discount discount) {
        onOrder("discount order", (orders, id) -> orders.discountOrder(id, discount),
                messages.get("counter.discount.applied"));
    }

    /** Redeems a loyalty reward; the order must have a customer (attached when the customer was identified). */
    public void redeem(String rewardId, String rewardName) {
        Order current = session.orderProperty().get();
        CustomerProfile customer = session.customerProperty().get();
        if (current == null || customer == null) {
            fail(messages.get("counter.rewards.needCustomer"));
            return;
        }
        CounterServices services = session.services();
        change("redeem reward", () -> {
            if (!customer.customerId().equals(current.customerId())) {
                services.orders().attachCustomer(current.id(), customer.customerId());
            }
            return new Changed(services.loyalty().redeem(current.id(), rewardId), "");
        }, messages.get("counter.rewards.redeemed", rewardName));
    }

    /** Switches dine-in/takeout; re-prices the open order (tax may differ). */
    public void toggleMode() {
        ServiceMode next = mode.get() == ServiceMode.DINE_IN ? ServiceMode.TAKEOUT : ServiceMode.DINE_IN;
        if (session.orderProperty().get() == null) {
            mode.set(next);
            return;
        }
        onOrder("change service mode", (orders, id) -> orders.changeMode(id, next), "");
    }

    /** Marks the new lines as sent and prints their kitchen ticket (a print failure is a warning, not a failure). */
    public void sendToKitchen() {
        Order current = session.orderProperty().get();
        if (current == null) {
            fail(messages.get("counter.kitchen.nothing"));
            return;
        }
        CounterServices services = session.services();
        change("send to kitchen", () -> {
            Order sent = services.orders().sendToKitchen(current.id());
            TicketFormatter formatter = new TicketFormatter(services.menus().menu().name(), services.settings().zone(),
                TicketTexts.of(messages));
            try {
                services.printer().print("kitchen-" + sent.number(), formatter.kitchenTicket(sent, sent.lastSentLines()));
                return new Changed(sent, "");
            } catch (PrintFailedException e) {
                return new Changed(sent, messages.get("counter.kitchen.printFailed", session.errors().describe(e)));
            }
        }, messages.get("counter.kitchen.sent"));
    }

    private interface OrderChange {
        Order apply(OrderService orders, String orderId);
    }

    private void onOrder(String name, OrderChange edit, String success) {
        Order current = session.orderProperty().get();
        if (current == null) {
            return;
        }
        OrderService orders = session.services().orders();
        change(name, () -> new Changed(edit.apply(orders, current.id()), ""), success);
    }

    private void attach(CustomerProfile customer) {
        Order current = session.orderProperty().get();
        if (customer == null || current == null || customer.customerId().equals(current.customerId()) || busy.get()) {
            return;
        }
        OrderService orders = session.services().orders();
        // quiet: the cashier's last message stays, the customer panel shows who is attached
        busy.set(true);
        session.tasks().run("attach customer", () -> orders.attachCustomer(current.id(), customer.customerId()),
                order -> {
                    busy.set(false);
                    session.orderProperty().set(order);
                }, failure -> {
                    busy.set(false);
                    fail(messages.get("counter.error", session.errors().describe(failure)));
                });
    }

    private void change(String name, Callable<Changed> work, String success) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(messages.get("counter.working"));
        messageIsError.set(false);
        session.tasks().run(name, work, changed -> {
            busy.set(false);
            session.orderProperty().set(changed.order());
            showCart(changed.order());
            boolean warn = !changed.warning().isEmpty();
            message.set(warn ? changed.warning() : success);
            messageIsError.set(warn);
            // a customer identified while another change ran is attached now, so the order earns their points
            attach(session.customerProperty().get());
        }, failure -> {
            busy.set(false);
            fail(messages.get("counter.error", session.errors().describe(failure)));
        });
    }

    private void showCart(Order order) {
        if (!order.lines().isEmpty()) {
            session.companionPageProperty().set(new CompanionPage.Cart(order));
        }
    }

    /** Tells the cashier why a step cannot be taken (shown as an error, nothing changes). */
    public void refuse(String text) {
        fail(text);
    }

    private void fail(String text) {
        message.set(text);
        messageIsError.set(true);
    }
}
