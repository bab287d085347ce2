package com.palmpos.pos.payment;

import com.palmpos.pos.Refusal;
import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderPricer;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.OrderTransitions;
import com.palmpos.pos.order.Tender;
import com.palmpos.pos.order.TenderStatus;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.outbox.OutboxMessage;
import com.palmpos.pos.payment.internal.IntentRepository;
import com.palmpos.pos.payment.internal.PaymentPayload;
import com.palmpos.pos.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes payments: cash with change, card and palm through the {@link PaymentGateway}, split across several tenders by
 * paying part amounts. When the gateway is unreachable the {@link OfflinePolicy} decides whether to store and forward;
 * a stored payment declined later puts its order in "payment due" ({@link Order#paymentDue()}), never dropped.
 * Tenders enter the order through the terminal's {@link OrderLedger} (which posts loyalty points when an order becomes
 * paid, in the same transaction), so a payment racing a line edit takes its turn instead of failing. Thread-safe; card
 * payments block on the gateway: call off the FX thread.
 */
public final class PaymentService {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);
    private final Database database;
    private final Clock clock;
    private final PosSettings settings;
    private final PaymentGateway gateway;
    private final OfflinePolicy policy;
    private final OrderLedger ledger;
    private final OrderTransitions transitions;
    private final Currency currency;
    private final IntentRepository intents = new IntentRepository();
    // intents of payments this process is still asking the processor about: never released as crash leftovers
    private final java.util.Set<String> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean intentsSettled;

    /**
     * @param ledger  the terminal's one order writer, shared with order taking and loyalty
     * @param gateway authorises card payments (the cloud in production, a fake in tests)
     */
    public PaymentService(OrderLedger ledger, PosSettings settings, MenuService menus, PaymentGateway gateway) {
        this.ledger = java.util.Objects.requireNonNull(ledger, "ledger");
        this.database = ledger.database();
        this.clock = ledger.clock();
        this.settings = settings;
        this.gateway = gateway;
        this.policy = new OfflinePolicy(settings.offline());
        this.currency = menus.menu().currency();
        this.transitions = new OrderTransitions(new OrderPricer(menus.menu().taxes()));
    }

    /**
     * Takes cash: {@code tip} comes out of {@code cashGiven} first, then up to the balance due; the rest is change.
     *
     * @throws IllegalArgumentException if the cash does not cover the tip
     */
    public PaymentOutcome payCash(String orderId, Money cashGiven, Money tip) {
        Money afterTip = cashGiven.minus(tip);
        if (afterTip.isNegative() || tip.isNegative()) {
            throw new RefusedArgumentException(RefusalCode.CASH_SHORT_OF_TIP, "cash " + cashGiven
                    + " does not cover the tip " + tip, cashGiven, tip);
        }
        String paymentId = UUID.randomUUID().toString();
        Order paid = ledger.change(orderId, (order, c) -> {
            // applied to what is due when the turn comes: a line edit just before changes the balance, not the cash
            Money applied = afterTip.min(order.balanceDue());
            Instant now = clock.instant();
            return tender(order, Tender.builder(paymentId, TenderType.CASH).amount(applied).tip(tip)
                    .cash(cashGiven, afterTip.minus(applied)).at(now).build(), now);
        });
        Money change = paid.tender(paymentId).orElseThrow().change();
        return new PaymentOutcome(paid, PaymentOutcome.Status.APPROVED, change, "");
    }

    /**
     * Charges {@code amount} (part or all of the balance) plus {@code tip} to a card or palm-linked card. Online: the
     * gateway approves or declines. Offline: stored for forwarding if the policy allows, else refused. A payment intent
     * (order, amount, card token, payment id = idempotency key) is committed before the gateway is called and closed
     * with the tender or the decline, so a crash in between is released by {@link #releaseOpenIntents()}.
     */
    public PaymentOutcome payCard(String orderId, CardDetails card, Money amount, Money tip) {
        Order before = find(orderId);
        if (amount.compareTo(before.balanceDue()) > 0 || !amount.isPositive()) {
            throw new RefusedArgumentException(RefusalCode.CARD_AMOUNT_RANGE, "card amount " + amount
                    + " must be between 0.01 and the " + before.balanceDue() + " due", amount, before.balanceDue());
        }
        if (!intentsSettled) {
            releaseOpenIntents();
        }
        String paymentId = UUID.randomUUID().toString();
        // the intent is committed before the processor hears of the payment: a crash from here on leaves a trace
        inFlight.add(paymentId);
        try {
            return charge(before, new IntentRepository.Intent(paymentId, orderId, amount, tip, card.token()), card);
        } finally {
            inFlight.remove(paymentId);
        }
    }

    private PaymentOutcome charge(Order before, IntentRepository.Intent intent, CardDetails card) {
        String paymentId = intent.paymentId();
        String orderId = intent.orderId();
        Money amount = intent.amount();
        Money tip = intent.tip();
        database.inTransaction(c -> {
            intents.open(c, intent, clock.instant());
            return null;
        });
        AuthorizationResult result = gateway.authorize(request(intent));
        Money none = Money.zero(amount.currency());
        if (result instanceof AuthorizationResult.Declined declined) {
            database.inTransaction(c -> intents.resolve(c, paymentId, "DECLINED", declined.reason(), clock.instant()));
            return new PaymentOutcome(before, PaymentOutcome.Status.DECLINED, none,
                    "card declined: " + declined.reason() + ". Ask for another card or cash",
                    Refusal.of(RefusalCode.CARD_DECLINED, declined.reason()));
        }
        if (result instanceof AuthorizationResult.Unreachable) {
            OfflinePolicy.Decision decision = policy.decide(card.type(), amount.plus(tip), offlineExposure());
            if (decision instanceof OfflinePolicy.Decision.Refuse refuse) {
                // the processor may have acted on a request it could not answer: the intent stays open for release
                return new PaymentOutcome(before, PaymentOutcome.Status.REFUSED_OFFLINE, none, refuse.reason(),
                        refuse.refusal());
            }
        }
        boolean online = result instanceof AuthorizationResult.Approved;
        String code = online ? ((AuthorizationResult.Approved) result).authorizationCode() : null;
        try {
            return record(orderId, card, amount, tip, paymentId, online, code);
        } catch (RuntimeException e) {
            // the card may be charged although the order could not take the tender (e.g. another screen paid it)
            LOG.error("Payment {} on order {} was {} but could not be recorded: releasing it with the processor",
                    paymentId, orderId, online ? "authorized (" + code + ")" : "taken offline", e);
            if (online && gateway.release(request(intent)) instanceof AuthorizationResult.Approved) {
                database.inTransaction(c -> intents.resolve(c, paymentId, "VOIDED",
                        "voided: the order could not take the tender (" + e.getMessage() + ")", clock.instant()));
            }
            throw e;
        }
    }

    private PaymentOutcome record(String orderId, CardDetails card, Money amount, Money tip, String paymentId,
                                  boolean online, String code) {
        Money none = Money.zero(amount.currency());
        Order saved = ledger.change(orderId, (order, c) -> {
            Instant now = clock.instant();
            Tender tender = Tender.builder(paymentId, card.type()).amount(amount).tip(tip)
                    .card(card.token(), card.brand(), card.last4())
                    .status(online ? TenderStatus.APPROVED : TenderStatus.OFFLINE_PENDING).authCode(code).at(now)
                    .build();
            OrderLedger.Step step = tender(order, tender, now);
            intents.resolve(c, paymentId, "RECORDED", null, now);
            return online ? step : step.alsoAppending(OutboxMessage.of(PaymentPayload.ENTITY, paymentId,
                    PaymentPayload.OFFLINE_STORED, PaymentPayload.offlineStored(step.order(), tender)));
        });
        return new PaymentOutcome(saved, online ? PaymentOutcome.Status.APPROVED : PaymentOutcome.Status.STORED_OFFLINE,
                none, online ? "" : "stored offline: it will be sent when the connection is back");
    }

    /**
     * Releases with the processor every card payment intent that a crash left open (committed, but never recorded as
     * a tender or declined), so no authorization stays live that the terminal does not account for. Each released
     * intent is logged with its order and amount ("take the payment again"); the terminal never captures them, as the
     * cashier never saw them approved. Runs once at start-up before card payments are taken ({@link #payCard} calls it
     * first if it has not succeeded yet); intents the processor cannot be reached for stay open for the next call.
     * Blocks on the processor; thread-safe.
     */
    public synchronized IntentRelease releaseOpenIntents() {
        List<IntentRepository.Intent> open = database.inTransaction(intents::listOpen);
        int released = 0;
        int unresolved = 0;
        for (IntentRepository.Intent intent : open) {
            if (inFlight.contains(intent.paymentId())) {
                continue; // this process is still waiting for the processor's answer to it
            }
            AuthorizationResult result = gateway.release(request(intent));
            if (result instanceof AuthorizationResult.Unreachable unreachable) {
                LOG.warn("Payment {} of {} on order {} is still open after a restart: the processor is unreachable ({})",
                        intent.paymentId(), intent.amount().plus(intent.tip()), intent.orderId(), unreachable.reason());
                unresolved++;
                continue;
            }
            String note = result instanceof AuthorizationResult.Declined declined
                    ? "declined by the processor, nothing held (" + declined.reason() + ")"
                    : "voided after a restart: the order was not paid by it, take the payment again";
            database.inTransaction(c -> intents.resolve(c, intent.paymentId(), "VOIDED", note, clock.instant()));
            LOG.warn("Payment {} of {} on order {} {}", intent.paymentId(), intent.amount().plus(intent.tip()),
                    intent.orderId(), note);
            released++;
        }
        intentsSettled = unresolved == 0;
        return new IntentRelease(released, unresolved);
    }

    /** What {@link #releaseOpenIntents()} did: intents voided with the processor, intents still open. */
    public record IntentRelease(int released, int stillOpen) {
    }

    private PaymentGateway.AuthorizationRequest request(IntentRepository.Intent intent) {
        return new PaymentGateway.AuthorizationRequest(intent.paymentId(), intent.orderId(), settings.storeId(),
                settings.terminalId(), intent.cardToken(), intent.amount(), intent.tip());
    }

    /** The balance due split into {@code parts} amounts that add up exactly (the first parts carry the extra cents). */
    public List<Money> splitEvenly(String orderId, int parts) {
        return find(orderId).balanceDue().allocate(parts);
    }

    /** Called by the sync module when a stored offline payment was approved after forwarding. Idempotent. */
    public Order recordForwarded(String paymentId, String authorizationCode) {
        return resolve(paymentId, "order.payment_approved",
                (order, now) -> transitions.approveTender(order, paymentId, authorizationCode, now));
    }

    /**
     * Called by the sync module when a stored offline payment was declined: the order shows "payment due" with the
     * amount to collect. Idempotent.
     */
    public Order recordDeclined(String paymentId, String reason) {
        return resolve(paymentId, "order.payment_due",
                (order, now) -> transitions.declineTender(order, paymentId, reason, now));
    }

    /** Money in offline payments not yet forwarded (tips included). One indexed query. */
    public Money offlineExposure() {
        long minor = ledger.offlineOutstanding(currency.getCurrencyCode());
        return Money.ofMinor(minor, currency);
    }

    private interface Resolution {
        Order apply(Order order, Instant now);
    }

    private Order resolve(String paymentId, String event, Resolution resolution) {
        return ledger.changeByPayment(paymentId, (order, c) -> {
            Tender tender = order.tender(paymentId).orElseThrow();
            if (tender.status() != TenderStatus.OFFLINE_PENDING) {
                return OrderLedger.Step.unchanged(order);
            }
            return OrderLedger.Step.of(resolution.apply(order, clock.instant()), event);
        });
    }

    /** The order with {@code tender} applied: "order.paid" when it settles the order, else "order.tendered". */
    private OrderLedger.Step tender(Order order, Tender tender, Instant now) {
        Order changed = transitions.addTender(order, tender, now);
        boolean nowPaid = order.status().editable() && changed.status() == OrderStatus.PAID;
        return OrderLedger.Step.of(changed, nowPaid ? "order.paid" : "order.tendered");
    }

    private Order find(String orderId) {
        return ledger.load(orderId);
    }
}
