package com.palmpos.ui.internal.manager;

import com.palmpos.pos.order.OrderService;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.AuthResult;
import com.palmpos.ui.port.ManagerAuthenticator;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link OrderApprovals} over the shell's {@link ManagerAuthenticator} (the same PIN check and lockout as the
 * manager sign-in) and the {@link OrderService}. Thread-safe.
 */
final class AuthenticatorOrderApprovals implements OrderApprovals {

    private final ManagerAuthenticator authenticator;
    private final OrderService orders;
    private final String staffId;
    private final Messages messages;
    private final ZoneId zone;

    AuthenticatorOrderApprovals(ManagerAuthenticator authenticator, OrderService orders, String staffId,
            Messages messages, ZoneId zone) {
        this.authenticator = authenticator;
        this.orders = orders;
        this.staffId = staffId;
        this.messages = messages;
        this.zone = zone;
    }

    @Override
    public Result voidOrder(char[] pin, String orderId, String reason) {
        return approved(pin, () -> new Done(orders.voidOrder(orderId, reason)));
    }

    @Override
    public Result refund(char[] pin, String orderId, Map<String, Integer> quantities, String reason) {
        return approved(pin, () -> new Done(orders.refund(orderId, quantities, reason, staffId)));
    }

    private Result approved(char[] pin, Supplier<Result> action) {
        AuthResult answer = authenticator.verify(pin);
        if (answer instanceof AuthResult.Ok) {
            return action.get();
        }
        if (answer instanceof AuthResult.Wrong wrong) {
            return new Refused(messages.get("manager.approval.wrong", wrong.remainingAttempts()));
        }
        if (answer instanceof AuthResult.LockedOut locked) {
            return new Refused(messages.get("manager.approval.locked",
                    messages.timeFormatter(zone).format(locked.until())));
        }
        return new Refused(messages.get("manager.approval.mustChange"));
    }
}
