package com.palmpos.pos;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.payment.AuthorizationResult;
import com.palmpos.pos.payment.PaymentGateway;
import java.util.ArrayList;
import java.util.List;

/** A gateway whose next answer the test chooses; remembers requests. */
public final class FakeGateway implements PaymentGateway {
    public volatile AuthorizationResult next = new AuthorizationResult.Approved("AUTH-1");
    public final List<AuthorizationRequest> requests = new ArrayList<>();

    @Override
    public synchronized AuthorizationResult authorize(AuthorizationRequest request) {
        requests.add(request);
        return next;
    }

    @Override
    public AuthorizationResult capture(String paymentId, String authorizationCode, Money amount) {
        return new AuthorizationResult.Approved(authorizationCode);
    }

    public final List<AuthorizationRequest> released = new ArrayList<>();

    @Override
    public synchronized AuthorizationResult release(AuthorizationRequest original) {
        released.add(original);
        return next instanceof AuthorizationResult.Unreachable ? next : new AuthorizationResult.Approved("VOID-1");
    }

    public void offline() {
        next = new AuthorizationResult.Unreachable("connect timed out");
    }
}
