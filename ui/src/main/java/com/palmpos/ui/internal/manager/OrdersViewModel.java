package com.palmpos.ui.internal.manager;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.OrderService;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Refunds and voids: lists the open orders (or a customer's recent orders), shows the chosen order's lines and voids
 * it or refunds a line or everything, each only after the manager PIN approves it and with a reason. UI thread only;
 * service calls run on the task runner.
 */
public final class OrdersViewModel implements PageModel {

    private static final int HISTORY = 20;
    /** How far back an order number is looked for (numbers restart each business day). */
    private static final int RECENT_FOR_NUMBER = 300;

    /** One line of the chosen order with what may still be refunded. */
    public record LineRow(String lineId, String text, int refundable) {}

    private final ManagerContext context;
    private final OrderApprovals approvals;
    private final Feedback feedback = new Feedback();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ObservableList<Order> orders = FXCollections.observableArrayList();
    private final ObjectProperty<Order> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObjectProperty<LineRow> selectedLine = new SimpleObjectProperty<>(this, "selectedLine");
    private final ObjectProperty<Confirmation> confirmation = new SimpleObjectProperty<>(this, "confirmation");

    /** Voids and refunds through the audited manager approval, or by the PIN alone when that is not wired. */
    public OrdersViewModel(ManagerContext context) {
        this(context, context.manager()
                .<OrderApprovals>map(m -> new PosOrderApprovals(m.approval(), m.orderActions(), context.staffId(),
                        context.messages(), context.services().settings().zone()))
                .orElseGet(() -> new AuthenticatorOrderApprovals(context.authenticator(), context.services().orders(),
                        context.staffId(), context.messages(), context.services().settings().zone())));
    }

    OrdersViewModel(ManagerContext context, OrderApprovals approvals) {
        this.context = context;
        this.approvals = approvals;
        selected.addListener((obs, old, order) -> showLines(order));
    }

    @Override
    public void onShow() {
        feedback.clear();
        query.set("");
        reason.set("");
        confirmation.set(null);
        search();
    }

    /**
     * Blank query: this terminal's recent orders (open ones and paid ones, newest first). Digits: the recent order
     * with that number. Otherwise the recent orders of the customer with that id or loyalty id.
     */
    public void search() {
        Messages messages = messages();
        String typed = query.get().strip();
        OrderService service = context.services().orders();
        CustomerStore customers = context.services().customers();
        feedback.busy(messages.get("manager.orders.searching"));
        context.tasks().run("find orders", () -> {
            if (typed.isEmpty()) {
                return service.recent(HISTORY);
            }
            if (typed.matches("#?\\d{1,6}")) {
                int number = Integer.parseInt(typed.replace("#", ""));
                List<Order> withNumber = service.recent(RECENT_FOR_NUMBER).stream()
                        .filter(o -> o.number() == number).toList();
                if (!withNumber.isEmpty()) {
                    return withNumber;
                }
            }
            Optional<CustomerProfile> customer = customers.find(typed).or(() -> customers.findByLoyaltyId(typed));
            return customer.map(c -> service.history(c.customerId(), HISTORY)).orElse(List.of());
        }, found -> {
            orders.setAll(found);
            feedback.clear();
            selected.set(found.isEmpty() ? null : found.get(0));
            if (found.isEmpty()) {
                feedback.info(messages.get(typed.isEmpty() ? "manager.orders.noneOpen" : "manager.orders.notFound",
                        typed));
            }
        }, failure -> feedback.error(messages.get("manager.orders.failed", context.errors().describe(failure))));
    }

    /** Asks for the PIN, then voids the chosen order. */
    public void requestVoid() {
        Order order = selected.get();
        if (!ready(order)) {
            return;
        }
        if (!order.status().editable()) {
            feedback.error(messages().get("manager.orders.cannotVoid", order.number(), order.status()));
            return;
        }
        String why = reason.get().strip();
        confirmation.set(new Confirmation(messages().get("manager.orders.confirmVoid", order.number(),
                order.totals().total().toPlainString()), messages().get("manager.orders.void"), true,
                pin -> perform(pin, "void order", () -> approvals.voidOrder(pin, order.id(), why), "manager.orders.voided")));
    }

    /** Asks for the PIN, then refunds the chosen line ({@code wholeOrder} false) or everything not refunded yet. */
    public void requestRefund(boolean wholeOrder) {
        Order order = selected.get();
        if (!ready(order)) {
            return;
        }
        if (!order.status().refundable()) {
            feedback.error(messages().get("manager.orders.cannotRefund", order.number(), order.status()));
            return;
        }
        LineRow line = selectedLine.get();
        if (!wholeOrder && (line == null || line.refundable() == 0)) {
            feedback.error(messages().get("manager.orders.chooseLine"));
            return;
        }
        Map<String, Integer> quantities = wholeOrder ? Map.of() : Map.of(line.lineId(), line.refundable());
        String what = wholeOrder ? messages().get("manager.orders.everything") : line.text();
        String why = reason.get().strip();
        confirmation.set(new Confirmation(messages().get("manager.orders.confirmRefund", what, order.number()),
                messages().get("manager.orders.refund"), true,
                pin -> perform(pin, "refund order", () -> approvals.refund(pin, order.id(), quantities, why),
                        "manager.orders.refunded")));
    }

    private boolean ready(Order order) {
        if (feedback.isBusy()) {
            return false;
        }
        if (order == null) {
            feedback.error(messages().get("manager.orders.chooseOrder"));
            return false;
        }
        if (reason.get().isBlank()) {
            feedback.error(messages().get("manager.orders.needReason"));
            return false;
        }
        return true;
    }

    private void perform(char[] pin, String task, java.util.concurrent.Callable<OrderApprovals.Result> work,
            String doneKey) {
        Messages messages = messages();
        feedback.busy(messages.get("manager.orders.checking"));
        context.tasks().run(task, () -> {
            try {
                return work.call();
            } finally {
                Arrays.fill(pin, '\0');
            }
        }, result -> {
            if (result instanceof OrderApprovals.Done done) {
                replace(done.order());
                reason.set("");
                feedback.ok(messages.get(doneKey, done.order().number(), done.order().refunded().toPlainString()));
            } else {
                feedback.error(((OrderApprovals.Refused) result).reason());
            }
        }, failure -> feedback.error(messages.get("manager.orders.failed", context.errors().describe(failure))));
    }

    private void replace(Order changed) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id().equals(changed.id())) {
                orders.set(i, changed);
            }
        }
        selected.set(changed);
    }

    private void showLines(Order order) {
        if (order == null) {
            lines.clear();
            return;
        }
        lines.setAll(order.lines().stream().map(line -> row(order, line)).toList());
        selectedLine.set(lines.isEmpty() ? null : lines.get(0));
        if (order.paymentDue()) {
            // the manager's action: the money is collected at the counter, where the order is listed
            feedback.error(messages().get("manager.orders.paymentDueAction", order.number(),
                    order.balanceDue().toPlainString(), declineSentence(order)));
        }
    }

    /** Why the processor declined the order's offline card payment, as a sentence. */
    private String declineSentence(Order order) {
        return order.tenders().stream().filter(t -> t.status() == com.palmpos.pos.order.TenderStatus.DECLINED)
                .reduce((first, second) -> second)
                .map(t -> context.errors().declineSentence(t.declineReason()))
                .orElse(context.errors().declineSentence(null));
    }

    private LineRow row(Order order, OrderLine line) {
        int refunded = order.refundedQuantity(line.lineId());
        int refundable = order.status().refundable() ? line.quantity() - refunded : 0;
        String amount = order.totals().line(line.lineId()).map(a -> a.net().toPlainString()).orElse("");
        String text = refunded == 0 ? messages().get("manager.orders.line", line.quantity(), line.name(), amount)
                : messages().get("manager.orders.lineRefunded", line.quantity(), line.name(), amount, refunded);
        return new LineRow(line.lineId(), text, refundable);
    }

    /** "#12 · PAID · 14.50 · 2 lines": what the list shows for an order. */
    public String describe(Order order) {
        // a sale whose offline card payment was declined later is not paid, whatever its status says
        Object state = order.paymentDue()
                ? messages().get("manager.orders.paymentDue", order.balanceDue().toPlainString()) : order.status();
        return messages().get("manager.orders.row", order.number(), state, order.totals().total().toPlainString(),
                order.lines().size(), order.refunded().isZero() ? "" : messages().get("manager.orders.refundedSoFar",
                        order.refunded().toPlainString()));
    }

    private Messages messages() {
        return context.messages();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<Order> orders() {
        return orders;
    }

    public ObjectProperty<Order> selectedProperty() {
        return selected;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    public ObjectProperty<LineRow> selectedLineProperty() {
        return selectedLine;
    }

    public ObjectProperty<Confirmation> confirmationProperty() {
        return confirmation;
    }

    public Feedback feedback() {
        return feedback;
    }
}
