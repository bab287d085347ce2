package com.palmpos.ui.internal.payment;

import com.palmpos.pos.order.Order;
import com.palmpos.pos.payment.PaymentOutcome;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hook told of each palm payment that reached the gateway. The audit entry itself is written by
 * {@link com.palmpos.pos.privacy.PalmPayments} (one per charge); {@link #LOGGING} adds one log line without personal
 * data. Called on the task
 * runner's worker thread right after the charge returned (never on the FX thread), so it may do a short blocking
 * write; a failure is logged by the caller and does not undo the payment.
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
                    paymentId, String.format(Locale.ROOT, "%.3f", identification.score()));
        }
    };
}
