package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.session.OrderLineRow;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.OrderTotals;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order panel: the session's order as rows, the selected row (keyboard +/-/Delete act on it) and the totals.
 * Changes go through the {@link OrderEditor}. FX thread only; testable without a toolkit.
 */
public final class OrderPanelViewModel {

    private final String title;
    private final EmptyState emptyState;
    private final CounterSession session;
    private final OrderEditor editor;
    private final Messages messages;
    private final MoneyText money;
    private final ObservableList<OrderLineRow> rows = FXCollections.observableArrayList();
    private final StringProperty selectedLine = new SimpleStringProperty(this, "selectedLine");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper subtotal = new ReadOnlyStringWrapper(this, "subtotal", "");
    private final ReadOnlyStringWrapper discounts = new ReadOnlyStringWrapper(this, "discounts", "");
    private final ReadOnlyStringWrapper tax = new ReadOnlyStringWrapper(this, "tax", "");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper orderNote = new ReadOnlyStringWrapper(this, "orderNote", "");
    private final ReadOnlyStringWrapper modeText = new ReadOnlyStringWrapper(this, "modeText", "");

    public OrderPanelViewModel(CounterSession session, OrderEditor editor) {
        this.session = session;
        this.editor = editor;
        this.messages = session.messages();
        this.money = new MoneyText(messages.locale());
        this.title = messages.get("counter.order.title");
        this.emptyState = new EmptyState(messages.get("counter.order.empty"), messages.get("counter.order.emptyHint"));
        session.orderProperty().addListener((obs, old, order) -> show(order, old));
        editor.modeProperty().addListener((obs, old, mode) -> modeText.set(modeName(mode)));
        modeText.set(modeName(editor.modeProperty().get()));
        show(session.orderProperty().get(), null);
    }

    public String title() {
        return title;
    }

    public EmptyState emptyState() {
        return emptyState;
    }

    public OrderEditor editor() {
        return editor;
    }

    public ObservableList<OrderLineRow> rows() {
        return rows;
    }

    /** Id of the selected line; the newest line after each add. */
    public StringProperty selectedLineProperty() {
        return selectedLine;
    }

    /** "Order 12" once an order is open. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtotalProperty() {
        return subtotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty discountsProperty() {
        return discounts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taxProperty() {
        return tax.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The order's own note (its label), empty when none. */
    public ReadOnlyStringProperty orderNoteProperty() {
        return orderNote.getReadOnlyProperty();
    }

    /** "Dine in" or "Takeout". */
    public ReadOnlyStringProperty modeTextProperty() {
        return modeText.getReadOnlyProperty();
    }

    /** True while there is an order with lines and no change is running: payment and kitchen may start. */
    public BooleanBinding readyProperty() {
        return Bindings.createBooleanBinding(() -> !editor.busyProperty().get() && !rows.isEmpty(),
                editor.busyProperty(), rows);
    }

    /**
     * True while {@link #readyProperty()} holds and something is left to pay: an order of $0.00 (all lines removed,
     * or everything paid) offers no Pay.
     */
    public BooleanBinding payableProperty() {
        return Bindings.createBooleanBinding(() -> !editor.busyProperty().get() && !rows.isEmpty()
                && session.orderProperty().get() != null && session.orderProperty().get().balanceDue().isPositive(),
                editor.busyProperty(), rows, session.orderProperty());
    }

    public void incrementSelected() {
        selected().ifPresent(line -> editor.changeQuantity(line.lineId(), line.quantity() + 1));
    }

    public void decrementSelected() {
        selected().ifPresent(line -> editor.changeQuantity(line.lineId(), line.quantity() - 1));
    }

    public void removeSelected() {
        selected().ifPresent(line -> editor.remove(line.lineId()));
    }

    /** Moves the selection up or down the lines (Page Up / Page Down). */
    public void moveSelection(int delta) {
        if (rows.isEmpty()) {
            return;
        }
        int index = indexOf(selectedLine.get());
        int next = Math.max(0, Math.min(rows.size() - 1, index < 0 ? 0 : index + delta));
        selectedLine.set(rows.get(next).lineId());
    }

    public Optional<OrderLine> selected() {
        Order order = session.orderProperty().get();
        return order == null || selectedLine.get() == null ? Optional.empty() : order.line(selectedLine.get());
    }

    private void show(Order order, Order previous) {
        List<OrderLineRow> next = new ArrayList<>();
        if (order != null) {
            for (OrderLine line : order.lines()) {
                next.add(row(order, line));
            }
        }
        rows.setAll(next);
        if (order == null) {
            selectedLine.set(null);
            heading.set("");
            orderNote.set("");
            List.of(subtotal, discounts, tax, total).forEach(p -> p.set(""));
            return;
        }
        heading.set(messages.get("counter.order.number", order.number()));
        orderNote.set(order.label().isBlank() ? "" : "\u201c" + order.label() + "\u201d");
        boolean grew = previous == null || order.lines().size() > previous.lines().size();
        if (grew && !order.lines().isEmpty()) {
            selectedLine.set(order.lines().get(order.lines().size() - 1).lineId());
        } else if (order.line(String.valueOf(selectedLine.get())).isEmpty()) {
            selectedLine.set(order.lines().isEmpty() ? null : order.lines().get(order.lines().size() - 1).lineId());
        }
        OrderTotals totals = order.totals();
        subtotal.set(money.format(totals.subtotal()));
        discounts.set(totals.discounts().isZero() ? "" : money.format(totals.discounts().negate()));
        tax.set(money.format(totals.exclusiveTax()));
        total.set(money.format(totals.total()));
    }

    private OrderLineRow row(Order order, OrderLine line) {
        return OrderLineRow.of(line, money);
    }

    private int indexOf(String lineId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).lineId().equals(lineId)) {
                return i;
            }
        }
        return -1;
    }

    private String modeName(ServiceMode mode) {
        return messages.get(mode == ServiceMode.TAKEOUT ? "counter.mode.takeout" : "counter.mode.dineIn");
    }
}
