package com.palmpos.pos.payment;

import com.palmpos.pos.money.Money;

/**
 * The port to the card processor, implemented by the sync module against the cloud. Calls block on the network:
 * never call them on the FX thread. Implementations must be thread-safe and use {@code paymentId} as the idempotency
 * key, so a retried call never charges twice.
 */
public interface PaymentGateway {

    /**
     * Asks the processor to hold {@code amount + tip} on the card behind {@code token}. Return
     * {@link AuthorizationResult.Unreachable} (not an exception) when the processor cannot be reached: the offline
     * policy then decides whether to store and forward.
     */
    AuthorizationResult authorize(AuthorizationRequest request);

    /** Settles a held amount (at the latest at end of day); {@code amount} may be lower than authorized. */
    AuthorizationResult capture(String paymentId, String authorizationCode, Money amount);

    /**
     * Releases whatever the processor holds for {@code original} (the same request, same {@code paymentId}), for an
     * intent left open by a crash: whether the first request reached the processor or not, nothing stays held
     * afterwards. {@link AuthorizationResult.Approved}: released (or nothing was held); {@link AuthorizationResult.Declined}:
     * the processor had declined it, nothing held; {@link AuthorizationResult.Unreachable}: try again later.
     */
    AuthorizationResult release(AuthorizationRequest original);

    /** What to authorize. Card data is the processor token and the display brand/last4 only. */
    record AuthorizationRequest(String paymentId, String orderId, String storeId, String terminalId, String token,
                                Money amount, Money tip) {
    }
}
