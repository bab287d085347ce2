package com.palmpos.app.simulate;

import com.palmpos.pos.enrollment.CardReader;
import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentService;
import com.palmpos.pos.enrollment.EnrollmentSession;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.payment.PaymentOutcome;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Rings up one {@link OrderScript.Plan} with the real pos services, as a cashier would: enroll the customer if the plan
 * says so, open, add lines, send to the kitchen, attach the customer, pay (cash with change, card through the cloud, or split half and half), complete.
 * Every step commits on its own, so a kill at any moment leaves a consistent order (at worst an open one, which is
 * never uploaded). Blocks on H2 and, for cards, the network. Thread-safe if the services are.
 */
final class Cashier {
    private static final String STAFF = "simulator";

    private final OrderService orders;
    private final PaymentService payments;
    private final CloudClient client;
    private final EnrollmentService enrollment;
    private final CardReader cardReader;

    Cashier(OrderService orders, PaymentService payments, CloudClient client, EnrollmentService enrollment,
            CardReader cardReader) {
        this.orders = orders;
        this.payments = payments;
        this.client = client;
        this.enrollment = enrollment;
        this.cardReader = cardReader;
    }

    /** What was committed: the order as completed, how it was paid, and the customer enrolled for it, if any. */
    record Rung(Order order, String tender, Optional<String> enrolled) {
    }

    Rung ringUp(OrderScript.Plan plan, List<String> customers) {
        Optional<String> enrolled = plan.enrollment().map(this::enroll);
        String id = orders.open(plan.mode(), plan.label(), STAFF).id();
        for (LineRequest line : plan.lines()) {
            orders.addItem(id, line);
        }
        Optional<String> customer = enrolled.or(() -> plan.customer().map(customers::get));
        customer.ifPresent(c -> orders.attachCustomer(id, c));
        Order order = orders.sendToKitchen(id);
        Money none = Money.zero(order.currency());
        Money tip = Money.ofMinor(plan.tipMinor(), order.currency());
        String tender = plan.tender().name().toLowerCase(java.util.Locale.ROOT);
        switch (plan.tender()) {
            case CASH -> payCash(order);
            case SPLIT -> {
                List<Money> halves = payments.splitEvenly(id, 2);
                payments.payCash(id, halves.get(0), none);
                tender = payByCard(id, plan.cardPan(), halves.get(1), tip) ? tender : "split-cash";
            }
            case CARD -> {
                if (plan.declineFirst()) {
                    payByCard(id, OrderScript.DECLINED, order.balanceDue(), none, false);
                }
                Money due = orders.find(id).orElseThrow().balanceDue(); // zero if the bad card was taken offline
                if (due.isPositive()) {
                    tender = payByCard(id, plan.cardPan(), due, tip) ? tender : "cash";
                }
            }
        }
        return new Rung(orders.complete(id), tender, enrolled);
    }

    // the counter journey: consent, palm, details, card from the reader, new loyalty account, one commit
    private String enroll(OrderScript.Enrollment who) {
        EnrollmentSession session = enrollment.begin(Locale.ENGLISH);
        session.acceptConsent();
        session.palmTemplate(who.palm());
        session.details(who.name(), null, null, null);
        try {
            session.linkCard(cardReader.read());
        } catch (EnrollmentException e) {
            // offline or refused: the customer enrolls without a card, as they could at a real counter
        }
        session.newLoyaltyAccount();
        return enrollment.commit(session).customerId();
    }

    private boolean payByCard(String id, String pan, Money amount, Money tip) {
        return payByCard(id, pan, amount, tip, true);
    }

    // a card the cloud refuses, cannot tokenize, or cannot reach while offline payments are refused: the customer
    // pays cash instead (when settle is set), as at a real counter
    private boolean payByCard(String id, String pan, Money amount, Money tip, boolean settle) {
        PaymentOutcome outcome;
        try {
            outcome = payments.payCard(id, card(pan), amount, tip);
        } catch (CloudException e) {
            outcome = null;
        }
        if (outcome != null && outcome.accepted()) {
            return true;
        }
        if (settle) {
            payCash(orders.find(id).orElseThrow());
        }
        return false;
    }

    private void payCash(Order order) {
        // customers hand over the next whole 5.00 above the bill
        long due = order.balanceDue().minor();
        long given = (due / 500 + 1) * 500;
        payments.payCash(order.id(), Money.ofMinor(given, order.currency()), Money.zero(order.currency()));
    }

    private CardDetails card(String pan) {
        CardToken token = client.tokenizeCard(new CardTokenizeRequest(pan, 12, 2030), UUID.randomUUID().toString());
        return new CardDetails(TenderType.CARD, token.token(), token.brand(), token.last4());
    }
}
