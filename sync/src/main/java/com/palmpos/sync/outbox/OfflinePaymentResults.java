package com.palmpos.sync.outbox;

import com.palmpos.pos.payment.PaymentService;

/**
 * Where the outbox worker reports what became of an offline card payment it forwarded: the narrow part of the
 * terminal's payments the worker needs, so it can be built without the whole {@link PaymentService} (and the
 * payment service without the worker). Implementations are idempotent and thread-safe; called on the worker's thread.
 */
public interface OfflinePaymentResults {

    /** The cloud approved the stored payment {@code paymentId} under {@code authorizationCode}. */
    void forwarded(String paymentId, String authorizationCode);

    /** The cloud declined or refused the stored payment: the order shows the amount still to collect. */
    void declined(String paymentId, String reason);

    /** The results recorded by the terminal's payment service. */
    static OfflinePaymentResults of(PaymentService payments) {
        return new OfflinePaymentResults() {
            @Override
            public void forwarded(String paymentId, String authorizationCode) {
                payments.recordForwarded(paymentId, authorizationCode);
            }

            @Override
            public void declined(String paymentId, String reason) {
                payments.recordDeclined(paymentId, reason);
            }
        };
    }
}
