package com.palmpos.pos.privacy;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Tender;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.payment.PaymentOutcome;
import com.palmpos.pos.payment.PaymentService;
import java.util.List;
import java.util.Locale;

/**
 * Payments that follow a palm identification: the second factor above the configured amount, the charge through
 * {@link PaymentService#payCard}, then exactly one {@link AuditAction#IDENTIFIED_PAYMENT} entry per charge that reached
 * the gateway (cashier as actor, customer as subject, gateway status as outcome; order, payment id, amount with tip,
 * card brand and last four, and the palm match as detail; never a card number or template) and the customer's
 * last-seen time, which the retention period counts from. Thread-safe; blocks on the gateway: call off the FX thread.
 */
public final class PalmPayments {
    private final PaymentService payments;
    private final CustomerStore customers;
    private final SecondFactorPolicy secondFactor;
    private final AuditLog audit;

    public PalmPayments(PaymentService payments, CustomerStore customers, SecondFactorPolicy secondFactor, AuditLog audit) {
        this.payments = payments;
        this.customers = customers;
        this.secondFactor = secondFactor;
        this.audit = audit;
    }

    /** As {@link #pay(String, String, PalmMatch, CardDetails, Money, Money, char[], String)} without the match. */
    public PalmPaymentResult pay(String orderId, String customerId, CardDetails card, Money amount, Money tip,
                                 char[] phoneLastFour, String staffId) {
        return pay(orderId, customerId, null, card, amount, tip, phoneLastFour, staffId);
    }

    /**
     * Charges {@code amount} plus {@code tip} to the card linked to the identified {@code customerId}.
     *
     * @param match         the palm read that identified the customer, for the audit entry; null if unknown
     * @param phoneLastFour the digits the customer typed, or {@code null} if not asked yet; the caller clears them
     * @param staffId       the cashier at the counter
     */
    public PalmPaymentResult pay(String orderId, String customerId, PalmMatch match, CardDetails card, Money amount,
                                 Money tip, char[] phoneLastFour, String staffId) {
        if (secondFactor.required(amount.plus(tip))) {
            if (phoneLastFour == null) {
                return new PalmPaymentResult.SecondFactorNeeded();
            }
            SecondFactorResult check = secondFactor.check(customerId, phoneLastFour, staffId);
            if (!(check instanceof SecondFactorResult.Passed)) {
                return new PalmPaymentResult.SecondFactorFailed(check);
            }
        }
        PaymentOutcome outcome = payments.payCard(orderId, card, amount, tip);
        audit.record(staffId, AuditAction.IDENTIFIED_PAYMENT, customerId, outcome.status().name(),
                detail(outcome, orderId, card, amount, tip, match));
        if (outcome.accepted()) {
            customers.markSeen(customerId);
        }
        return new PalmPaymentResult.Charged(outcome);
    }

    private static String detail(PaymentOutcome outcome, String orderId, CardDetails card, Money amount, Money tip,
                                 PalmMatch match) {
        List<Tender> tenders = outcome.order().tenders();
        String paymentId = outcome.accepted() && !tenders.isEmpty() ? tenders.get(tenders.size() - 1).paymentId()
                : "none";
        String text = String.format(Locale.ROOT, "order %s (%s), payment %s, %s (tip %s) to %s %s",
                outcome.order().number(), orderId, paymentId, amount.plus(tip), tip.toPlainString(), card.brand(),
                card.last4());
        return match == null ? text
                : text + String.format(Locale.ROOT, ", palm read at %s (score %.3f)", match.readAt(), match.score());
    }
}
