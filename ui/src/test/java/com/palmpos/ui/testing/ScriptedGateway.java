package com.palmpos.ui.testing;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.payment.AuthorizationResult;
import com.palmpos.pos.payment.PaymentGateway;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A card processor for screen tests: approves everything until told to decline or to be unreachable, and keeps the
 * requests it saw (tokens only, as a real processor would get). Thread-safe.
 */
public final class ScriptedGateway implements PaymentGateway {

    private final AtomicReference<AuthorizationResult> answer =
            new AtomicReference<>(new AuthorizationResult.Approved("TEST-AUTH"));
    private final AtomicReference<PaymentGateway> forward = new AtomicReference<>();
    private final List<AuthorizationRequest> requests = new CopyOnWriteArrayList<>();

    public void approve() {
        forward.set(null);
        answer.set(new AuthorizationResult.Approved("TEST-AUTH"));
    }

    public void decline(String reason) {
        forward.set(null);
        answer.set(new AuthorizationResult.Declined(reason));
    }

    public void unreachable() {
        forward.set(null);
        answer.set(new AuthorizationResult.Unreachable("no route to host"));
    }

    /** Hands every request to {@code real} (e.g. the cloud emulator's gateway) until told otherwise. */
    public void forwardTo(PaymentGateway real) {
        forward.set(real);
    }

    public List<AuthorizationRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public AuthorizationResult authorize(AuthorizationRequest request) {
        requests.add(request);
        PaymentGateway real = forward.get();
        return real != null ? real.authorize(request) : answer.get();
    }

    @Override
    public AuthorizationResult capture(String paymentId, String authorizationCode, Money amount) {
        PaymentGateway real = forward.get();
        return real != null ? real.capture(paymentId, authorizationCode, amount)
                : new AuthorizationResult.Approved(authorizationCode);
    }

    /** Screens never crash mid-payment here: nothing is ever left to release. */
    @Override
    public AuthorizationResult release(AuthorizationRequest original) {
        return new AuthorizationResult.Approved("released-" + original.paymentId());
    }
}
