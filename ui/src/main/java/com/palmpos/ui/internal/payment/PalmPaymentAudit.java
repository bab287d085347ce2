package com.palmpos.ui.internal.payment;

import com.palmpos.pos.order.Order;
import com.palmpos.pos.payment.PaymentOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hook that records which palm identification led to a palm payment. The privacy work's audit log
 * ({@code pos/audit}) implements it to keep the customer id with the payment; until it is wired, {@link #LOGGING}
 * writes one log line without personal data. Called on the UI thread after the payment returned; implementations
 * must not block (hand the write to a background executor).
 */
@FunctionalInterface
public interface PalmPaymentAudit {

    /**
     * @param paymentId the palm tender's id on {@code order}, or null when the payment was not accepted
     */
    void palmPaymentTaken(Order order, String paymentId, PalmIdentification identification,
            PaymentOutcome.Status status);

    /** Logs order number, payment id, match score and outcome; never the customer or card. */
    PalmPaymentAudit LOGGING = new PalmPaymentAudit() {
        private final Logger log = LoggerFactory.getLogger(PalmPaymentAudit.class);

        @Override
        public void palmPaymentTaken(Order order, String paymentId, PalmIdentification identification,
                PaymentOutcome.Status status) {
            log.info("Palm payment on order {}: {} (payment {}, identified with score {})", order.number(), status,
                    paymentId, String.format(java.util.Locale.ROOT, "%.3f", identification.score()));
        }
    };
}
