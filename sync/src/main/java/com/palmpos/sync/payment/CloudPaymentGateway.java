package com.palmpos.sync.payment;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.payment.AuthorizationResult;
import com.palmpos.pos.payment.PaymentGateway;
import com.palmpos.sync.api.AuthorizeRequest;
import com.palmpos.sync.api.CaptureRequest;
import com.palmpos.sync.api.Payment;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;

/**
 * The pos {@link PaymentGateway} port served by the cloud's card API. The terminal's payment id is the idempotency
 * key of the authorization ({@code paymentId + "-capture"} of the capture), so a retried or later forwarded payment is
 * never charged twice; the cloud's payment id is the authorization code. A cloud that cannot be reached, times out or
 * answers garbage is {@link AuthorizationResult.Unreachable} (the offline policy decides); a request the cloud refuses
 * for good (e.g. an unknown card token) is a decline. Blocks for the network time (bounded by the client's call
 * timeout and retries); thread-safe.
 */
public final class CloudPaymentGateway implements PaymentGateway {
    private final CloudClient client;

    public CloudPaymentGateway(CloudClient client) {
        this.client = client;
    }

    @Override
    public AuthorizationResult authorize(AuthorizationRequest request) {
        Money held = request.amount().plus(request.tip());
        try {
            Payment payment = client.authorize(authorization(request.orderId(), held, request.token()),
                    request.paymentId());
            return Payment.DECLINED.equals(payment.status())
                    ? new AuthorizationResult.Declined(payment.declineCode())
                    : new AuthorizationResult.Approved(payment.paymentId());
        } catch (CloudException e) {
            return failed(e);
        }
    }

    @Override
    public AuthorizationResult capture(String paymentId, String authorizationCode, Money amount) {
        try {
            Payment payment = client.capture(authorizationCode, new CaptureRequest(amount.minor()), captureKey(paymentId));
            return new AuthorizationResult.Approved(payment.paymentId());
        } catch (CloudException e) {
            return failed(e);
        }
    }

    /**
     * Sends the original authorization again under its idempotency key: the cloud answers what it did the first time
     * (or authorizes now if the first request never arrived), then voids that authorization. Either way nothing stays
     * held. The void's key is {@code paymentId + "-void"}.
     */
    @Override
    public AuthorizationResult release(AuthorizationRequest original) {
        Money held = original.amount().plus(original.tip());
        try {
            Payment payment = client.authorize(authorization(original.orderId(), held, original.token()),
                    original.paymentId());
            if (Payment.DECLINED.equals(payment.status())) {
                return new AuthorizationResult.Declined(payment.declineCode());
            }
            if (Payment.CAPTURED.equals(payment.status())) {
                return new AuthorizationResult.Declined("already captured: refund it, a void cannot release it");
            }
            return new AuthorizationResult.Approved(client.voidPayment(payment.paymentId(), original.paymentId() + "-void")
                    .paymentId());
        } catch (CloudException e) {
            return failed(e);
        }
    }

    /** The authorization body; the forwarder of offline payments sends the very same one under the same key. */
    public static AuthorizeRequest authorization(String orderId, Money held, String token) {
        return new AuthorizeRequest(orderId, held.minor(), held.currency().getCurrencyCode(), token);
    }

    /** The idempotency key of the capture of terminal payment {@code paymentId}. */
    public static String captureKey(String paymentId) {
        return paymentId + "-capture";
    }

    private static AuthorizationResult failed(CloudException e) {
        return e.kind() == CloudException.Kind.REJECTED
                ? new AuthorizationResult.Declined(e.getMessage())
                : new AuthorizationResult.Unreachable(e.getMessage());
    }
}
