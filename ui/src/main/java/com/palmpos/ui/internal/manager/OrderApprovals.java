package com.palmpos.ui.internal.manager;

import com.palmpos.pos.order.Order;
import java.util.Map;

/**
 * Voids and refunds behind the manager PIN: checks the PIN for that action on that order, then does it. The page
 * depends on this seam only, so the approval mechanism can change without touching it. Implementations are
 * thread-safe and block (PIN hashing, database): call off the FX thread. They never keep the PIN; the caller wipes it.
 */
interface OrderApprovals {

    /** What happened: the changed order, or a sentence saying why nothing was done. */
    sealed interface Result permits Done, Refused {
    }

    record Done(Order order) implements Result {
    }

    record Refused(String reason) implements Result {
    }

    Result voidOrder(char[] pin, String orderId, String reason);

    /** @param quantities line id -> units; empty refunds everything not refunded yet */
    Result refund(char[] pin, String orderId, Map<String, Integer> quantities, String reason);
}
