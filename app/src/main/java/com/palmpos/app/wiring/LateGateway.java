package com.palmpos.app.wiring;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.payment.AuthorizationResult;
import com.palmpos.pos.payment.PaymentGateway;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A payment gateway connected after the services that use it are built (the cloud link builds the real one and
 * needs the payment service in turn). Until then every call answers "unreachable", which the payment service treats
 * as offline. Thread-safe.
 */
public final class LateGateway implements PaymentGateway {
    private final AtomicReference<PaymentGateway> target = new AtomicReference<>();

    /** Connects the real gateway; later calls go to it. */
    public void connect(PaymentGateway gateway) {
        target.set(gateway);
    }

    @Override
    public AuthorizationResult authorize(AuthorizationRequest request) {
        PaymentGateway gateway = target.get();
        return gateway == null ? notYet() : gateway.authorize(request);
    }

    @Override
    public AuthorizationResult capture(String paymentId, String authorizationCode, Money amount) {
        PaymentGateway gateway = target.get();
        return gateway == null ? notYet() : gateway.capture(paymentId, authorizationCode, amount);
    }

    @Override
    public AuthorizationResult release(AuthorizationRequest original) {
        PaymentGateway gateway = target.get();
        return gateway == null ? notYet() : gateway.release(original);
    }

    private static AuthorizationResult notYet() {
        return new AuthorizationResult.Unreachable("the cloud link is not started yet");
    }
}
