package com.palmpos.sync.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.outbox.OutboxEntry;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.api.CaptureRequest;
import com.palmpos.sync.api.Payment;
import com.palmpos.sync.client.Backoff;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.payment.CloudPaymentGateway;
import java.io.IOException;
import java.time.Clock;
import java.util.Currency;
import java.util.List;

/**
 * Forwards card payments taken offline ({@code payment.offline_stored}, schema {@code palmpos.payment.v1}): authorize
 * with the terminal's payment id as idempotency key, capture, then tell pos through
 * {@link OfflinePaymentResults}. A decline (or a card the cloud
 * refuses for good) puts the order in "payment due" for the manager; the payment is never dropped. Transient failures
 * retry with backoff. Each step is idempotent, so a crash between them only repeats work. Not thread-safe: used by the
 * worker's thread only.
 */
final class PaymentForwarder {
    static final String ENTITY = "payment";
    static final String OFFLINE_STORED = "payment.offline_stored";

    private final OutboxStore outbox;
    private final CloudClient client;
    private final OfflinePaymentResults payments;
    private final Clock clock;
    private final Backoff backoff;
    private final ObjectMapper json = ApiJson.newMapper();

    PaymentForwarder(OutboxStore outbox, CloudClient client, OfflinePaymentResults payments, Clock clock, Backoff backoff) {
        this.outbox = outbox;
        this.client = client;
        this.payments = payments;
        this.clock = clock;
        this.backoff = backoff;
    }

    RoundResult forward(OutboxEntry entry) {
        JsonNode p;
        try {
            p = json.readTree(entry.message().payloadJson());
        } catch (IOException e) {
            return reject(entry, "offline payment " + entry.message().entityId() + " has an unreadable payload ("
                    + e.getMessage() + "): settle it with the processor by hand");
        }
        String paymentId = p.path("paymentId").asText();
        Currency currency;
        try {
            currency = Currency.getInstance(p.path("currency").asText());
        } catch (IllegalArgumentException e) {
            return reject(entry, "offline payment " + paymentId + " names no valid currency: settle it by hand");
        }
        Money held = Money.ofMinor(p.path("amountMinor").asLong() + p.path("tipMinor").asLong(), currency);
        try {
            Payment authorized = client.authorize(CloudPaymentGateway.authorization(p.path("orderId").asText(), held,
                    p.path("token").asText()), paymentId);
            if (Payment.DECLINED.equals(authorized.status())) {
                payments.declined(paymentId, "declined when forwarded: " + authorized.declineCode());
            } else {
                client.capture(authorized.paymentId(), new CaptureRequest(held.minor()),
                        CloudPaymentGateway.captureKey(paymentId));
                payments.forwarded(paymentId, authorized.paymentId());
            }
        } catch (CloudException e) {
            if (e.kind() != CloudException.Kind.REJECTED) {
                outbox.markRetry(entry.seq(), e.getMessage(), clock.instant().plus(backoff.delay(entry.attempts() + 1)));
                return RoundResult.failure(!OutboxWorker.meansOffline(e), e.getMessage());
            }
            payments.declined(paymentId, "refused when forwarded: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the payment or its order is gone or in a state pos refuses: a manager settles it; retrying cannot help
            return reject(entry, "offline payment " + paymentId + " cannot be recorded: " + e.getMessage());
        }
        outbox.markDelivered(List.of(entry.seq()));
        return new RoundResult(1, true, null);
    }

    private RoundResult reject(OutboxEntry entry, String error) {
        outbox.markRejected(entry.seq(), error);
        return new RoundResult(1, false, error);
    }
}
