package com.palmpos.pos.privacy;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.payment.PaymentOutcome;
import com.palmpos.pos.payment.PaymentService;

/**
 * Payments that follow a palm identification: the second factor above the configured amount, the charge through
 * {@link PaymentService#payCard}, then the audit entry (customer, order, amount, outcome) and the customer's
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

    /**
     * Charges {@code amount} plus {@code tip} to the card linked to the identified {@code customerId}.
     *
     * @param phoneLastFour the digits the customer typed, or {@code null} if not asked yet; the caller clears them
     * @param staffId       the cashier at the counter
     */
    public PalmPaymentResult pay(String orderId, String customerId, CardDetails card, Money amount, Money tip,
                                 char[] phoneLastFour, String staffId) {
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
                "order " + outcome.order().number() + " (" + orderId + "), " + amount.plus(tip) + " to "
                        + card.brand() + " " + card.last4());
        if (outcome.accepted()) {
            customers.markSeen(customerId);
        }
        return new PalmPaymentResult.Charged(outcome);
    }
}
