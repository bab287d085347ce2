package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.customer.CustomerSnapshot;
import com.palmpos.ui.internal.i18n.Messages;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Open orders" sheet: this terminal's unpaid orders with items of today, newest first, and bringing one back to
 * the counter by hand (a customer who did not show their palm, an anonymous order set aside). The order being rung
 * up stays open in the store, as when the cashier switches to a second customer. Store reads run on the task
 * runner; FX thread only.
 */
public final class OpenOrdersViewModel {

    /** One order the cashier may pick: its id, its number of the day and the sentence on its button. */
    public record Row(String orderId, int number, String text) {
    }

    /** What a pick loads off the FX thread: the order as stored now and its customer, if any. */
    private record Picked(Order order, Optional<CustomerProfile> customer) {
    }

    private final CounterSession session;
    private final OrderEditor editor;
    private final Runnable close;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private boolean resuming;

    OpenOrdersViewModel(CounterSession session, OrderEditor editor, Runnable close) {
        this.session = session;
        this.editor = editor;
        this.close = close;
        this.messages = session.messages();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Loading…", "No open orders", or why the list could not be read; empty while rows show. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the list (one H2 transaction plus a profile read per named order) on the task runner. */
    public void load() {
        load("");
    }

    /** Reads the list again; {@code notice} (why the last pick failed) stays up instead of "Loading…". */
    private void load(String notice) {
        status.set(notice.isEmpty() ? messages.get("counter.openOrders.loading") : notice);
        Order current = session.orderProperty().get();
        String currentId = current == null ? null : current.id();
        CounterServices services = session.services();
        session.tasks().run("list open orders", () -> rowsOf(services, currentId), loaded -> {
            rows.setAll(loaded);
            status.set(!notice.isEmpty() ? notice : loaded.isEmpty() ? messages.get("counter.openOrders.empty") : "");
        }, failure -> status.set(messages.get("counter.error", session.errors().describe(failure))));
    }

    /**
     * Brings the order back: it becomes the counter's order and its customer (if any) the served customer, as a palm
     * read would do. The order being rung up stays open in the store (an empty one is simply left, as today).
     */
    public void resume(Row row) {
        if (resuming || editor.busyProperty().get()) {
            return;
        }
        resuming = true;
        status.set(messages.get("counter.openOrders.resuming"));
        CounterServices services = session.services();
        session.tasks().run("bring back open order", () -> {
            Order order = services.orders().find(row.orderId()).orElseThrow(
                    () -> new IllegalStateException("order " + row.orderId() + " is no longer in the store"));
            Optional<CustomerProfile> customer = order.customerId() == null ? Optional.empty()
                    : services.customers().find(order.customerId());
            return new Picked(order, customer);
        }, picked -> {
            resuming = false;
            show(picked);
        }, failure -> {
            resuming = false;
            status.set(messages.get("counter.error", session.errors().describe(failure)));
        });
    }

    private void show(Picked picked) {
        Order order = picked.order();
        if (!order.status().editable() && !order.paymentDue()) {
            load(messages.get("counter.openOrders.gone", order.number()));
            return;
        }
        Order before = session.orderProperty().get();
        boolean parked = before != null && !before.lines().isEmpty() && !before.id().equals(order.id());
        close.run();
        // the order first: the customer's arrival then finds their own order open and greets them, no second prompt
        session.orderProperty().set(order);
        session.customerProperty().set(picked.customer().orElse(null));
        editor.messageIsErrorProperty().set(false);
        editor.messageProperty().set(parked
                ? messages.get("counter.openOrders.resumedParked", order.number(), before.number())
                : messages.get("counter.openOrders.resumed", order.number()));
        if (!order.lines().isEmpty()) {
            session.companionPageProperty().set(new com.palmpos.ui.internal.session.CompanionPage.Cart(order));
        }
    }

    private List<Row> rowsOf(CounterServices services, String currentId) {
        java.time.ZoneId zone = services.settings().zone();
        java.time.Instant now = services.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        MoneyText money = new MoneyText(messages.locale());
        List<Row> list = new ArrayList<>();
        for (Order order : services.orders().openOrders(today)) {
            if (order.lines().isEmpty() || order.id().equals(currentId)) {
                continue; // an empty order has nothing to come back for; the current one is already here
            }
            String name = order.customerId() == null ? messages.get("counter.openOrders.noName")
                    : services.customers().find(order.customerId()).map(CustomerSnapshot::firstNameOf)
                            .orElse(messages.get("counter.openOrders.noName"));
            int items = order.lines().stream().mapToInt(OrderLine::quantity).sum();
            long minutes = Math.max(0, Duration.between(order.openedAt(), now).toMinutes());
            list.add(new Row(order.id(), order.number(), messages.get("counter.openOrders.row", order.number(), name, items,
                    money.format(order.totals().total()), minutes)));
        }
        // paid with a card taken offline that the processor declined later: the money is still to collect here
        for (Order order : services.orders().paymentDue()) {
            if (order.id().equals(currentId)) {
                continue;
            }
            list.add(new Row(order.id(), order.number(), messages.get("counter.openOrders.paymentDue", order.number(),
                    money.format(order.balanceDue()))));
        }
        return list;
    }
}
